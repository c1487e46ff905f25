/** What the app learns from its surroundings: where files live on each OS, and which build is running. Below every other app package. */
package dev.ratecard.platform;

/** What differs between operating systems: where files live. Below every other app package. */
package dev.ratecard.platform;

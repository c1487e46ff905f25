/**
 * The sample workspace a first start opens on: three months of usage exports in their real formats, written by a
 * deterministic generator and imported through the normal import service, plus the headline scenario; marked as
 * sample so that one action removes exactly them.
 */
package dev.ratecard.workspace.sample;

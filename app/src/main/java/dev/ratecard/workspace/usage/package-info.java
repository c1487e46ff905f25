/**
 * Stored usage as the screens look at it: grouped with its recomputed cost, the first records of a file for an
 * import's preview, the workspace's spend, volume and reconciliation at a glance, and the top findings of its
 * stored scenarios. Built on the import, costing and scenario services; knows nothing of the window.
 */
package dev.ratecard.workspace.usage;

/**
 * Pricing usage for both front ends: a file or the workspace's stored rows, each routed to the first price sheet of
 * its route that knows its model and summed by the cost engine, and reported costs reconciled against what the
 * same rows cost at list prices.
 */
package dev.ratecard.workspace.costing;

/**
 * Work split over two threads: a reader turning a file into records on one, and whatever consumes them (the
 * store's insert, the cost engine's sums) on the other, so that a large file takes about as long as the
 * slower of the two rather than their sum.
 */
package dev.ratecard.workspace.pipeline;

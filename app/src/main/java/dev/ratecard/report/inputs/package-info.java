/** What both front ends read to make a report: scenario files, saved scenarios and the workspace's stored usage. */
package dev.ratecard.report.inputs;

package dev.ratecard.scenario;

import java.util.List;

/**
 * Prices the per-token side of a scenario: what a month of the workload's traffic costs through an API route,
 * fee stack included, as cost terms over the month's total volume (linear terms stated at the workload's
 * current month). Kept behind an interface so that scenarios price API routes the way the cost engine prices
 * usage, and so that tests can stand in for it.
 */
public interface RoutePricing {
    List<CostTerm> price(ApiRoute route, Workload workload);
}

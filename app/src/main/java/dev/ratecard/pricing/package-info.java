/**
 * The cost engine: money, model matching, pricing of usage against price entries, and the gateway fee
 * stack. Pure: given records, returns results; no I/O, no SQL, no toolkit. Exact: token counts are summed as
 * {@code long}s per group and multiplied by {@code BigDecimal} rates once per bucket and group; nothing here
 * rounds ({@link dev.ratecard.pricing.Money#display} does, once).
 *
 * <p>The calls others make:
 * <ul>
 *   <li>{@link dev.ratecard.pricing.ModelMatcher} — built once over the loaded entries and an
 *       {@link dev.ratecard.pricing.AliasTable}; {@code match(provider, rawName, route)} says which entry a
 *       log's name means and by which {@link dev.ratecard.pricing.MatchRule}s, or why none.</li>
 *   <li>{@link dev.ratecard.pricing.CostEngine} — {@code price(records, matcher)} or a streaming
 *       {@code aggregate(matcher)} for many records; {@code priceRecord} for one; {@code priceCounts} and
 *       {@code priceMonth} for counts already summed (scenarios); {@code bill} for the fee stack per month.</li>
 *   <li>{@link dev.ratecard.pricing.UsageCost} — the result: groups with their bucket lines, unmatched
 *       usage with its tokens, and views by model, bucket and month.</li>
 *   <li>{@link dev.ratecard.pricing.FeeStack} — a gateway's fees on a month of provider cost, step by step.</li>
 * </ul>
 * How each rule is applied, and the assumptions behind it, is in {@code docs/pricing.md}.
 */
package dev.ratecard.pricing;

/**
 * The cost engine: money, model matching, pricing of usage against price entries, and the gateway fee
 * stack. Pure: given records, returns results; no I/O, no SQL, no toolkit.
 */
package dev.ratecard.pricing;

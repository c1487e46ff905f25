package dev.ratecard.importers.prices.portkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.RegionUplift;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of Portkey's {@code custom_pricing} that map cleanly onto a price entry:
 * {@code regions.default.execution_modes.standard.context_tiers} as strict ({@code gt-}) whole-request
 * context tiers at the thresholds of {@code context_tier_map}; the {@code priority}, {@code flex} and
 * {@code fast} modes as service tiers; the {@code batch} mode as batch rates; and a region whose standard
 * prices are all the same exact multiple of the default region's as a regional multiplier. The whole
 * {@code custom_pricing} object is kept as an other field as well, since the rest (service-tier prices
 * above a context threshold, regions priced unevenly) has no place in a price entry.
 */
final class PortkeyCustomPricing {
    static final String FIELD = "custom_pricing";
    private static final String REGIONS = "regions";
    private static final String DEFAULT_REGION = "default";
    private static final String MODES = "execution_modes";
    private static final String STANDARD = "standard";
    private static final String BATCH = "batch";
    private static final String TIERS = "context_tiers";
    private static final String TIER_MAP = "context_tier_map";
    private static final String PRICING_CONFIG = "pricing_config";
    private static final List<String> SERVICE_MODES = List.of("priority", "flex", "fast");
    private static final Pattern TIER_NAME = Pattern.compile("(lte|gt)-(\\d+)k");

    private PortkeyCustomPricing() {
    }

    /**
     * Adds what maps to {@code entry}.
     *
     * @param hasBatchConfig true when the entry's own {@code batch_config} already gave batch rates
     * @return warnings about prices that are kept only as other fields
     */
    static List<ImportIssue> apply(JsonNode custom, JsonSite site, Rates base, boolean hasBatchConfig,
                                   PriceEntry.Builder entry) throws EntryProblem {
        List<ImportIssue> warnings = new ArrayList<>();
        JsonSite regionsSite = site.member(REGIONS);
        JsonNode modes = custom.path(REGIONS).path(DEFAULT_REGION).path(MODES);
        JsonSite modesSite = regionsSite.member(DEFAULT_REGION).member(MODES);
        TreeMap<Long, String> tierNames = tierNames(custom, modes.path(STANDARD), site);
        List<ContextTier> tiers = upperTiers(modes.path(STANDARD), tierNames, modesSite.member(STANDARD));
        tiers.forEach(entry::tier);
        for (String mode : SERVICE_MODES) {
            JsonNode node = modes.get(mode);
            if (node != null) {
                entry.serviceTier(mode, baseRates(node, tierNames, modesSite.member(mode)));
                if (!upperTiers(node, tierNames, modesSite.member(mode)).isEmpty()) {
                    warnings.add(modesSite.member(mode).warning(null,
                            mode + " prices above a context threshold cannot be priced; kept as other fields"));
                }
            }
        }
        JsonNode batch = modes.get(BATCH);
        if (batch != null && !hasBatchConfig) {
            entry.batch(new BatchPricing(baseRates(batch, tierNames, modesSite.member(BATCH)), null));
        }
        List<String> uneven = new ArrayList<>();
        for (Map.Entry<String, JsonNode> region : custom.path(REGIONS).properties()) {
            if (DEFAULT_REGION.equals(region.getKey())) {
                continue;
            }
            JsonSite at = regionsSite.member(region.getKey()).member(MODES).member(STANDARD);
            JsonNode standard = region.getValue().path(MODES).path(STANDARD);
            BigDecimal factor = standard.isMissingNode() ? null
                    : uniformFactor(base, tiers, baseRates(standard, tierNames, at), upperTiers(standard, tierNames, at));
            if (factor == null) {
                uneven.add(region.getKey());
                continue;
            }
            for (String name : region.getKey().split(",")) {
                entry.region(name.trim(), new RegionUplift(factor, true));
            }
        }
        if (!uneven.isEmpty()) {
            warnings.add(regionsSite.warning(String.join("; ", uneven),
                    "regional prices that are not one multiple of the default region's; kept as other fields"));
        }
        return warnings;
    }

    /** Threshold → tier name: from {@code context_tier_map}, or from tier names such as {@code gt-200k}. */
    private static TreeMap<Long, String> tierNames(JsonNode custom, JsonNode standard, JsonSite site) throws EntryProblem {
        TreeMap<Long, String> names = new TreeMap<>();
        JsonNode map = custom.get(TIER_MAP);
        if (map != null && map.isObject()) {
            for (Map.Entry<String, JsonNode> tier : map.properties()) {
                JsonSite at = site.member(TIER_MAP).member(tier.getKey());
                names.put(JsonValues.wholeNumber(tier.getKey(), at), JsonValues.text(tier.getValue(), at));
            }
            return names;
        }
        for (Map.Entry<String, JsonNode> tier : standard.path(TIERS).properties()) {
            Matcher m = TIER_NAME.matcher(tier.getKey());
            if (m.matches()) {
                names.put("lte".equals(m.group(1)) ? 0 : Long.parseLong(m.group(2)) * 1000, tier.getKey());
            }
        }
        return names;
    }

    /** A mode's prices up to the first threshold: its own pricing_config, or its lowest context tier. */
    private static Rates baseRates(JsonNode mode, TreeMap<Long, String> tierNames, JsonSite site) throws EntryProblem {
        if (mode.has(PRICING_CONFIG)) {
            return PortkeyRates.read(mode.get(PRICING_CONFIG), site.member(PRICING_CONFIG)).rates();
        }
        String lowest = tierNames.isEmpty() ? null : tierNames.firstEntry().getValue();
        JsonNode tier = lowest == null ? null : mode.path(TIERS).get(lowest);
        if (tier == null) {
            throw site.problem(mode.toString(), "an execution mode needs a pricing_config or a lowest context tier");
        }
        return PortkeyRates.read(tier.path(PRICING_CONFIG), site.member(TIERS).member(lowest).member(PRICING_CONFIG)).rates();
    }

    /** The tiers above the lowest, as strict whole-request tiers: Portkey's {@code gt-} names say "greater than". */
    private static List<ContextTier> upperTiers(JsonNode mode, TreeMap<Long, String> tierNames, JsonSite site)
            throws EntryProblem {
        List<ContextTier> tiers = new ArrayList<>();
        for (Map.Entry<Long, String> name : tierNames.tailMap(tierNames.isEmpty() ? 0 : tierNames.firstKey(), false).entrySet()) {
            JsonNode tier = mode.path(TIERS).get(name.getValue());
            if (tier != null) {
                JsonSite at = site.member(TIERS).member(name.getValue()).member(PRICING_CONFIG);
                tiers.add(new ContextTier(name.getKey(), ContextTier.Comparison.GREATER_THAN,
                        ContextTier.Basis.PROMPT_INCLUDING_CACHE, ContextTier.Scope.WHOLE_REQUEST,
                        PortkeyRates.read(tier.path(PRICING_CONFIG), at).rates()));
            }
        }
        return tiers;
    }

    private record Prices(Rates standard, Rates regional) {
    }

    /**
     * The one factor that turns every default token price into the region's, or null when there is none.
     * Fees per request or per search must be the same in both: residency surcharges are on tokens.
     */
    private static BigDecimal uniformFactor(Rates base, List<ContextTier> tiers, Rates regionBase, List<ContextTier> regionTiers) {
        if (tiers.size() != regionTiers.size()) {
            return null;
        }
        List<Prices> pairs = new ArrayList<>();
        pairs.add(new Prices(base, regionBase));
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).threshold() != regionTiers.get(i).threshold()) {
                return null;
            }
            pairs.add(new Prices(tiers.get(i).rates(), regionTiers.get(i).rates()));
        }
        BigDecimal factor = null;
        for (Prices pair : pairs) {
            if (!pair.standard().asMap().keySet().equals(pair.regional().asMap().keySet())) {
                return null;
            }
            for (Map.Entry<UsageBucket, BigDecimal> rate : pair.standard().asMap().entrySet()) {
                if (factor == null && rate.getKey().isToken() && rate.getValue().signum() != 0) {
                    factor = pair.regional().get(rate.getKey())
                            .divide(rate.getValue(), MathContext.DECIMAL128).stripTrailingZeros();
                }
            }
        }
        if (factor == null || factor.signum() <= 0) {
            return null;
        }
        for (Prices pair : pairs) {
            for (Map.Entry<UsageBucket, BigDecimal> rate : pair.standard().asMap().entrySet()) {
                BigDecimal expected = rate.getKey().isToken() ? rate.getValue().multiply(factor) : rate.getValue();
                if (expected.compareTo(pair.regional().get(rate.getKey())) != 0) {
                    return null;
                }
            }
        }
        return factor;
    }
}

package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Scale-to-zero, owned hardware, a self-hosted proxy and a traffic mix, on the headline workload (100M, 25 % output). */
class OptionKindsTest {
    private final OptionModeler modeler = new OptionModeler(new CostEngineRoutePricing());
    private final Workload workload = HeadlineScenario.workload();

    static OptionSpec.OwnedGpus owned() {
        // 2 × H100 at $30,000 (Raymond James, §5.4 upper end), 30 % residual after 3 years (§5.4, low authority),
        // 8 % cost of capital; 2 × 0.775 kW (an 8×H100 node's 6.2 kW typical, per GPU) at load 0.8, PUE 1.5,
        // $0.15/kWh (Pan et al.), colocation $200/kW-month (§5.4 mid-range), maintenance 5 % of capex a year.
        OwnedHardware hw = new OwnedHardware(new BigDecimal("60000"), new BigDecimal("0.3"), 3, new BigDecimal("0.08"),
                new BigDecimal("1.55"), new BigDecimal("0.8"), new BigDecimal("1.5"), new BigDecimal("0.15"),
                new BigDecimal("200"), new BigDecimal("0.05"), "test");
        OptionSpec.RentedGpus rented = HeadlineScenario.selfHosted();
        return new OptionSpec.OwnedGpus("owned", "Owned 2×H100", rented.model(), hw, rented.plan(), rented.staffing(),
                rented.running());
    }

    private BigDecimal monthly(OptionSpec spec) {
        return modeler.model(spec, workload, Map.of()).cost().at(workload.totalTokens());
    }

    @Test
    void scaleToZeroPaysOnlyForTheGpuHoursTheTrafficNeeds() {
        // §5.3: GPU-h = g · T_out / (X_out · u_max · 3600) = 2 × 25M / (1,727.69 × 0.8 × 3600) = 10.0487 h;
        // × $2.69 = $27.03, plus the engineer $5,208.33 and $300 other.
        OptionSpec.RentedGpus on = HeadlineScenario.selfHosted();
        OptionSpec.RentedGpus scaled = new OptionSpec.RentedGpus(on.id(), on.name(), on.model(),
                new GpuRental(new BigDecimal("2.69"), false, "test"), on.plan().withMinReplicas(0), on.staffing(), on.running());
        BigDecimal gpus = monthly(scaled).subtract(new BigDecimal("62500").divide(BigDecimal.valueOf(12), Units.MATH))
                .subtract(new BigDecimal("300"));
        assertEquals(new BigDecimal("27.03"), gpus.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void scaleToZeroWithAMinimumReplicaIsRefused() {
        // Always-on replicas and scale-to-zero contradict each other; the field is named.
        OptionSpec.RentedGpus on = HeadlineScenario.selfHosted();
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new OptionSpec.RentedGpus(on.id(),
                on.name(), on.model(), new GpuRental(new BigDecimal("2.69"), false, "test"), on.plan(), on.staffing(), on.running()));
        assertEquals("min_replicas", e.field());
    }

    @Test
    void ownedHardwarePaysCapitalPowerColocationAndMaintenancePerReplica() {
        // Per replica: capital $1,436.13 (annuity net of residual, see SelfHostFormulasTest), power
        // 1.55 × 0.8 × 1.5 × 730 × 0.15 = $203.67, colocation 1.55 × 200 = $310, maintenance 60,000 × 0.05 / 12 = $250:
        // $2,199.80; plus the engineer $5,208.33 and $300 other = $7,708.13 at one replica.
        ModeledOption m = modeler.model(owned(), workload, Map.of());
        List<CostLine> lines = m.cost().breakdown(BigDecimal.valueOf(workload.totalTokens()));
        assertEquals(new BigDecimal("1436.13"), amount(lines, CostCategory.CAPITAL));
        assertEquals(new BigDecimal("203.67"), amount(lines, CostCategory.POWER));
        assertEquals(new BigDecimal("310.00"), amount(lines, CostCategory.COLOCATION));
        assertEquals(new BigDecimal("250.00"), amount(lines, CostCategory.MAINTENANCE));
        assertEquals(new BigDecimal("7708.13"), monthly(owned()).setScale(2, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal amount(List<CostLine> lines, CostCategory category) {
        return lines.stream().filter(l -> l.category() == category).map(CostLine::amount).reduce(Money.ZERO_USD, Money::plus)
                .rounded(2);
    }

    @Test
    void aSelfHostedProxyAddsItsServersAndItsEngineerToTheProviderPrice() {
        // Together $120 + proxy servers $150 + 0.1 FTE × $200,000 / 12 = $1,666.67: $1,936.67.
        OptionSpec.SelfHostedGateway proxy = new OptionSpec.SelfHostedGateway("litellm", "LiteLLM proxy",
                ApiRoute.direct(HeadlineScenario.together()), new BigDecimal("150"), "test",
                new Staffing(new BigDecimal("0.1"), new BigDecimal("200000"), "test"));
        assertEquals(new BigDecimal("1936.67"), monthly(proxy).setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void aMixPaysEachOptionForItsShareAndKeepsTheirFixedCosts() {
        // Half to Together ($60), half to the self-hosted replica: one replica still ($3,927.40) and the full fixed
        // costs ($5,208.33 + $300): $9,495.73. The replica now fills at twice the volume: 2 × 4,843,060,608 = 9,686,121,216 tokens.
        OptionSpec.Mix mix = new OptionSpec.Mix("mix", "Half and half", List.of(
                new OptionSpec.Share(HeadlineScenario.TOGETHER, new BigDecimal("0.5")),
                new OptionSpec.Share(HeadlineScenario.SELF, new BigDecimal("0.5"))));
        List<OptionSpec> options = List.of(HeadlineScenario.selfHosted(),
                new OptionSpec.Api(HeadlineScenario.TOGETHER, "Together", ApiRoute.direct(HeadlineScenario.together())), mix);
        ModeledOption m = modeler.modelAll(options, workload).get("mix");
        assertEquals(new BigDecimal("9495.73"), m.cost().at(workload.totalTokens()).setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(0, new BigDecimal("9686121216").compareTo(m.cost().staircases().getFirst().tokensPerStep()));
    }

    @Test
    void mixSharesMustAddUpToOne() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new OptionSpec.Mix("mix", "m",
                List.of(new OptionSpec.Share("a", new BigDecimal("0.5")), new OptionSpec.Share("b", new BigDecimal("0.4")))));
        assertEquals("shares", e.field());
        assertEquals("0.9", e.value());
    }
}

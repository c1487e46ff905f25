package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.GatewayFeeModel;

import java.util.Objects;

/**
 * One way to buy the compared model: an entry that sells it ({@link RouteMatch}), bought straight from that
 * entry's host or route, or through a hosted gateway whose fee model is put on top of it.
 *
 * @param gateway the gateway's fee model, or {@code null} when the entry's own price is the whole bill
 */
public record RouteOption(String label, RouteMatch underlying, GatewayFeeModel gateway) {
    public RouteOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(underlying, "underlying");
    }

    static RouteOption listed(RouteMatch match) {
        return new RouteOption(match.label(), match, null);
    }

    /** A gateway that sells the model on its own list (OpenRouter), its fees on top of that list price. */
    static RouteOption gatewayList(GatewayFeeModel gateway, RouteMatch onItsRoute) {
        return new RouteOption(gateway.name(), onItsRoute, gateway);
    }

    /** A gateway that passes requests to the provider (Portkey, Helicone …), its fees on top of the provider's price. */
    static RouteOption gatewayOver(GatewayFeeModel gateway, RouteMatch provider) {
        return new RouteOption(gateway.name() + " over " + provider.label(), provider, gateway);
    }

    /** The route the traffic takes: the gateway's, or the entry's own. */
    public String route() {
        return gateway != null ? gateway.route() : underlying.entry().route();
    }
}

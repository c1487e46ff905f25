package dev.ratecard.ui.scenarios;

import dev.ratecard.workspace.scenarios.OptionDocument;
import javafx.collections.ObservableList;

/** Makes the editor for an option of a scenario file, by its kind. */
final class OptionEditors {
    private OptionEditors() {
    }

    /** @param all the scenario's options, which a mix splits traffic between */
    static OptionEditor of(EditorContext context, OptionDocument doc, ObservableList<OptionEditor> all) {
        return switch (doc) {
            case OptionDocument.Direct d -> new ApiOptionEditor(context, d);
            case OptionDocument.HostedGateway g -> new ApiOptionEditor(context, g);
            case OptionDocument.SelfHostedGateway g -> new SelfHostedGatewayEditor(context, g);
            case OptionDocument.RentedGpus r -> new RentedGpusEditor(context, r);
            case OptionDocument.OwnedHardware o -> new OwnedHardwareEditor(context, o);
            case OptionDocument.Mix m -> new MixEditor(context, m, all);
        };
    }
}

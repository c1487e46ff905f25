package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.UnmatchedModel;

import java.util.List;
import java.util.Objects;

/**
 * Usage of a model no sheet of its route knows: listed with its token counts and rows, never priced at zero.
 *
 * @param sheetsTried the ids of the sheets that were searched, in order
 * @param reason      why the first of them did not match, e.g. the name as the rules read it
 */
public record UnpricedModel(UnmatchedModel usage, List<String> sheetsTried, String reason) {
    public UnpricedModel {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(reason, "reason");
        sheetsTried = List.copyOf(sheetsTried);
    }
}

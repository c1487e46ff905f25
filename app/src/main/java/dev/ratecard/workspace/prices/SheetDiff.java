package dev.ratecard.workspace.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one sheet to another: models added and removed, and every rate that changed, appeared or
 * went away in the models both price, with both sheets' dates.
 *
 * @param paired    entries found in both sheets
 * @param unchanged paired entries whose compared rates are all the same
 */
public record SheetDiff(SheetSummary before, SheetSummary after, List<SheetChange> changes, int paired, int unchanged) {

    /** Which sheet, from when, and how many entries. */
    public record SheetSummary(String id, String name, LocalDate asOf, int entries) {
        public SheetSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(asOf, "asOf");
        }

        static SheetSummary of(LibrarySheet sheet) {
            return new SheetSummary(sheet.id(), sheet.name(), sheet.asOf(), sheet.entries().size());
        }
    }

    public SheetDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    public long count(SheetChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}

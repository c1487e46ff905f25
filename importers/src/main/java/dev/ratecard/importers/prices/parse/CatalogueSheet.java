package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.SheetInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A third-party catalogue being read: the entries so far (without provenance, since the as-of date may come
 * last in the file), the issues, and the sheet's other fields. {@link #finish} rejects a file in which no
 * entry could be read, settles the as-of date and source, and builds the sheet.
 */
public final class CatalogueSheet {
    private record Draft(PriceEntry.Builder entry, String note) {
    }

    private final SheetInput input;
    private final PriceSheetFormat format;
    private final String expected;
    private final IssueLog issues = new IssueLog();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, String> extra = new LinkedHashMap<>();

    /** @param expected what the file should be, for the message when nothing in it could be read */
    public CatalogueSheet(SheetInput input, PriceSheetFormat format, String expected) {
        this.input = input;
        this.format = format;
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }

    /** @param note said of the entry's provenance, e.g. the page the publisher cites, or null */
    public void add(PriceEntry.Builder entry, String note) {
        drafts.add(new Draft(entry, note));
    }

    public void issue(ImportIssue issue) {
        issues.add(issue);
    }

    public void extra(String name, String jsonText) {
        extra.put(name, jsonText);
    }

    /**
     * @param statedAsOf  the date the file itself states, or null
     * @param statedSource where the file says it comes from, or null
     * @param usualSource where files of this kind come from when neither the file nor the caller says, or null
     * @param idStem      the sheet id without its date, e.g. {@code litellm}
     * @param title       the sheet name without its date, e.g. "LiteLLM model prices"
     */
    public PriceSheetRead finish(LocalDate statedAsOf, String statedSource, String usualSource, String idStem, String title)
            throws ImportException {
        issues.rejectIfNothingRead(drafts.size(), input.fileName(), expected);
        LocalDate asOf = SheetDefaults.asOf(statedAsOf, input, issues);
        String source = SheetDefaults.source(statedSource, input, usualSource);
        List<PriceEntry> entries = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            entries.add(draft.entry().provenance(new Provenance(source, asOf, draft.note())).build());
        }
        PriceSheet sheet = new PriceSheet(SheetDefaults.id(input, idStem + "-" + asOf),
                SheetDefaults.name(input, title + ", " + asOf), format, Provenance.of(source, asOf), entries, extra);
        return new PriceSheetRead(sheet, issues.list());
    }
}

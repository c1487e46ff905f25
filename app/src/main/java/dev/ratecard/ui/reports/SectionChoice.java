package dev.ratecard.ui.reports;

import dev.ratecard.report.ReportSection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Objects;

/** A section of the report and whether it goes in (all do, until the user says otherwise). */
public final class SectionChoice {
    private final ReportSection section;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);

    SectionChoice(ReportSection section) {
        this.section = Objects.requireNonNull(section, "section");
    }

    public ReportSection section() {
        return section;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}

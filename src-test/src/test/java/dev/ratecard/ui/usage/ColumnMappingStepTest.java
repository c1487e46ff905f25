package dev.ratecard.ui.usage;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.usage.ImportWizardModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's column-mapping step for a CSV no reader knows: suggestion, roles, live preview, profiles. */
class ColumnMappingStepTest {
    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private ImportWizardModel wizard;
    private ColumnMappingModel mapping;

    @BeforeEach
    void openTheTeamSheet() {
        opened = OpenedWorkspace.in(folder);
        wizard = new ImportWizardModel(opened.model, opened.tasks, opened.dialogs, opened.notices::add, () -> ZoneOffset.UTC);
        mapping = wizard.mapping();
        wizard.open(List.of(UsageFixtures.write(folder, "team-sheet.csv", UsageFixtures.TEAM_SHEET)));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void anUnknownCsvOpensTheMappingStepWithTheReadersSuggestionAndAPreviewOfItsRows() {
        assertEquals(Step.MAPPING, wizard.stepProperty().get());
        String why = wizard.formatTextProperty().get();
        assertTrue(why.startsWith("No built-in reader knows the columns date, deployment, input, output, usd, team"), why);
        assertTrue(why.endsWith(". Say what each column holds."), why);
        Map<String, ColumnRole> expected = new LinkedHashMap<>();
        expected.put("date", ColumnRole.TIME);
        expected.put("deployment", ColumnRole.MODEL);
        expected.put("input", ColumnRole.count(UsageBucket.UNCACHED_INPUT));
        expected.put("output", ColumnRole.count(UsageBucket.OUTPUT_TEXT));
        expected.put("usd", ColumnRole.COST);
        expected.put("team", ColumnRole.TAG);
        assertEquals(expected, roles());
        assertEquals("team", row("team").tagProperty().get());
        assertEquals("2026-08-03T10:00:00Z", row("date").example());
        assertEquals("", mapping.problemProperty().get());
        assertEquals(List.of(
                new PreviewRow("2", "2026-08-03 10:00:00", "gpt-4o", "", "direct", 10_000, 0, 0, 2_000, 0, "$0.045"),
                new PreviewRow("3", "2026-08-03 11:00:00", "gpt-4o-mini", "", "direct", 100_000, 0, 0, 10_000, 0, "$0.021")),
                List.copyOf(mapping.preview()));
        assertEquals(List.of(), opened.workspace().database().batches().list());
    }

    @Test
    void changingAColumnsRoleReadsThePreviewAgain() {
        row("output").roleProperty().set(ColumnRole.IGNORED);

        assertEquals(List.of(0L, 0L), mapping.preview().stream().map(PreviewRow::output).toList());
        assertEquals(List.of(10_000L, 100_000L), mapping.preview().stream().map(PreviewRow::input).toList());
    }

    @Test
    void saysWhatTheMappingLacksAndShowsNoRowsUntilItIsComplete() {
        row("date").roleProperty().set(ColumnRole.IGNORED);

        assertEquals("Choose the column that holds each row's time.", mapping.problemProperty().get());
        assertEquals(List.of(), List.copyOf(mapping.preview()));
        assertTrue(mapping.mapping().isEmpty());

        row("date").roleProperty().set(ColumnRole.TIME);
        row("input").roleProperty().set(ColumnRole.count(UsageBucket.OUTPUT_TEXT));
        assertEquals("Two columns are taken as output tokens: \"input\" and \"output\"; set one of them to another role.",
                mapping.problemProperty().get());

        row("input").roleProperty().set(ColumnRole.count(UsageBucket.UNCACHED_INPUT));
        row("team").tagProperty().set(" ");
        assertEquals("Name the tag that column \"team\" holds (e.g. project or team).", mapping.problemProperty().get());
    }

    @Test
    void theMappingIsSavedAsAProfileReadThroughAndImportedAndFillsTheFormForTheNextFile() {
        mapping.nameProperty().set("Team sheet");
        mapping.saveProfile();

        assertEquals(List.of("Team sheet"), List.copyOf(mapping.profileNames()));
        assertEquals(List.of("Saved the column mapping \u201cTeam sheet\u201d"), opened.notices);

        wizard.useMapping();
        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        assertEquals("any CSV, through a column mapping (mapped-csv), read through the chosen column mapping",
                wizard.formatTextProperty().get());
        wizard.importFile();
        assertEquals(Step.DONE, wizard.stepProperty().get());
        assertEquals(2, opened.workspace().database().usage().summary(UsageFilter.ALL).rows());
        wizard.next();

        wizard.open(List.of(UsageFixtures.write(folder, "team-sheet-september.csv", UsageFixtures.TEAM_SHEET
                .replace("2026-08-03", "2026-09-03"))));
        assertEquals(Step.MAPPING, wizard.stepProperty().get());
        row("deployment").roleProperty().set(ColumnRole.IGNORED);
        row("team").roleProperty().set(ColumnRole.IGNORED);

        mapping.loadProfile("Team sheet");

        assertEquals(ColumnRole.MODEL, row("deployment").roleProperty().get());
        assertEquals(ColumnRole.TAG, row("team").roleProperty().get());
        assertEquals("Team sheet", mapping.nameProperty().get());
        assertEquals("", mapping.problemProperty().get());
    }

    private Map<String, ColumnRole> roles() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        mapping.columns().forEach(row -> roles.put(row.name(), row.roleProperty().get()));
        return roles;
    }

    private ColumnRow row(String name) {
        return mapping.columns().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }
}

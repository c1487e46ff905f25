package dev.ratecard.ui.settings;

import dev.ratecard.ui.component.Card;
import dev.ratecard.ui.component.FieldDecorations;
import dev.ratecard.ui.screen.ScreenView;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Lays out the settings form and binds it; every rule and every change lives in {@link SettingsViewModel}. */
final class SettingsView implements ScreenView {
    private static final Map<ThemePreference, String> THEME_LABELS = Map.of(
            ThemePreference.LIGHT, "Light", ThemePreference.DARK, "Dark", ThemePreference.SYSTEM, "Match system");

    private final SettingsViewModel model;
    private final ScrollPane root;
    private final GridPane rateGrid = new GridPane();

    SettingsView(SettingsViewModel model) {
        this.model = model;
        Label title = new Label("Settings");
        title.getStyleClass().add("page-title");
        Label saveProblem = new Label();
        saveProblem.setId("settings-save-problem");
        saveProblem.getStyleClass().add("banner-error");
        saveProblem.setWrapText(true);
        saveProblem.textProperty().bind(model.saveProblemProperty());
        saveProblem.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        saveProblem.managedProperty().bind(saveProblem.visibleProperty());
        Label pending = new Label("Changes apply once the fields marked in red are fixed.");
        pending.setId("settings-pending");
        pending.getStyleClass().add("banner-error");
        pending.visibleProperty().bind(model.validProperty().not());
        pending.managedProperty().bind(pending.visibleProperty());

        VBox page = new VBox(title, saveProblem, pending, appearance(), money(), time(), data());
        page.getStyleClass().add("page");
        page.setMaxWidth(820);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("settings");
    }

    @Override
    public Node root() {
        return root;
    }

    private Node appearance() {
        SegmentedButton themes = new SegmentedButton();
        themes.setId("settings-theme");
        for (ThemePreference preference : ThemePreference.values()) {
            ToggleButton button = new ToggleButton(THEME_LABELS.get(preference));
            button.setId("settings-theme-" + preference.key());
            button.setUserData(preference);
            button.setSelected(model.themeProperty().get() == preference);
            themes.getButtons().add(button);
        }
        themes.getToggleGroup().selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                // A segmented choice always has one answer: clicking the selected one keeps it.
                was.setSelected(true);
            } else {
                model.themeProperty().set((ThemePreference) now.getUserData());
            }
        });
        model.themeProperty().addListener((observable, was, now) -> themes.getButtons().forEach(
                button -> button.setSelected(button.getUserData() == now)));
        return Card.of("Appearance", "Match system follows the light or dark setting of your desktop.",
                row("Theme", themes));
    }

    private Node money() {
        ComboBox<String> currency = new ComboBox<>(model.currencyChoices());
        currency.setId("settings-display-currency");
        currency.valueProperty().bindBidirectional(model.displayCurrencyProperty());
        Label currencyError = FieldDecorations.errorLabel(currency, model.displayCurrencyCheck());

        rateGrid.getStyleClass().add("form-grid");
        rateGrid.setId("settings-rates");
        rebuildRates();
        Card.rebuildOnMembership(model.rates(), this::rebuildRates);
        Button add = new Button("Add rate");
        add.setId("settings-add-rate");
        add.setOnAction(event -> model.addRate());

        return Card.of("Money", "All money is kept in US dollars. Rates only change how amounts are shown, so each "
                        + "one says how much of its currency one dollar buys, and from which day.",
                row("Show money in", new VBox(4, currency, currencyError)), rateGrid, add);
    }

    private void rebuildRates() {
        rateGrid.getChildren().clear();
        if (model.rates().isEmpty()) {
            Label none = new Label("No exchange rates: money is shown in US dollars.");
            none.getStyleClass().add("muted");
            rateGrid.add(none, 0, 0, 4, 1);
            return;
        }
        rateGrid.addRow(0, header("Currency"), header("1 USD buys"), header("As of"), new Label());
        int line = 1;
        for (ExchangeRateRow rate : model.rates()) {
            TextField code = new TextField();
            code.setPrefColumnCount(5);
            code.setPromptText("EUR");
            code.textProperty().bindBidirectional(rate.currencyProperty());
            TextField perUsd = new TextField();
            perUsd.setPrefColumnCount(10);
            perUsd.setPromptText("0.92");
            perUsd.getStyleClass().add("numeric");
            perUsd.textProperty().bindBidirectional(rate.perUsdProperty());
            DatePicker asOf = new DatePicker();
            asOf.setConverter(new IsoDates());
            asOf.setPrefWidth(150);
            asOf.valueProperty().bindBidirectional(rate.asOfProperty());
            Button remove = new Button("Remove");
            remove.setOnAction(event -> model.removeRate(rate));
            int index = line;
            code.setId("settings-rate-currency-" + index);
            perUsd.setId("settings-rate-value-" + index);
            asOf.setId("settings-rate-date-" + index);
            remove.setId("settings-rate-remove-" + index);
            rateGrid.addRow(line * 2 - 1, code, perUsd, asOf, remove);
            // The row's problems go under the whole row, so that a long sentence does not widen one column.
            VBox problems = new VBox(2, FieldDecorations.errorLabel(code, rate.currencyCheck()),
                    FieldDecorations.errorLabel(perUsd, rate.rateCheck()), FieldDecorations.errorLabel(asOf, rate.dateCheck()));
            problems.managedProperty().bind(rate.validProperty().not());
            problems.visibleProperty().bind(problems.managedProperty());
            rateGrid.add(problems, 0, line * 2, 4, 1);
            line++;
        }
    }

    private Node time() {
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("settings-time-zone");
        zone.getItems().setAll(model.timeZoneChoices());
        zone.setEditable(true);
        zone.setVisibleRowCount(14);
        zone.valueProperty().bindBidirectional(model.timeZoneProperty());
        Label zoneError = FieldDecorations.errorLabel(zone, model.timeZoneCheck());
        return Card.of("Time", "Some usage exports write times without a zone; Ratecard reads them in this one.",
                row("Time zone", new VBox(4, zone, zoneError)));
    }

    private Node data() {
        TextField folder = new TextField();
        folder.setId("settings-data-folder");
        folder.textProperty().bindBidirectional(model.dataFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("settings-choose-folder");
        choose.setOnAction(event -> model.chooseDataFolder());
        Label error = FieldDecorations.errorLabel(folder, model.dataFolderCheck());
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.textProperty().bind(model.dataFolderNoteProperty());
        note.visibleProperty().bind(model.dataFolderNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return Card.of("Data", "The workspace database and its backups live here.",
                row("Data folder", new VBox(4, new HBox(8, folder, choose), error, note)));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static GridPane row(String label, Node field) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints(140);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.add(name, 0, 0);
        grid.add(field, 1, 0);
        GridPane.setValignment(name, VPos.TOP);
        return grid;
    }

    /** Dates as 2026-01-31; text that is not a date leaves the field empty (and the row says so). */
    private static final class IsoDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}

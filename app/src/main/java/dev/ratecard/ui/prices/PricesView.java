package dev.ratecard.ui.prices;

import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenView;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import java.util.Objects;

/**
 * Lays out the Prices screen and binds it: the catalogue (sheet picker, search, table) with the selected price's
 * routes and details below it, or the changes between two sheets. Every decision is the view model's.
 */
final class PricesView implements ScreenView {
    /** A figure that is not there: a missing rate, a route that cannot be compared. */
    static final PseudoClass ABSENT = PseudoClass.getPseudoClass("absent");

    private final PricesViewModel model;
    private final VBox root;
    private final TextField search = new TextField();
    private final ToggleButton catalogueToggle = new ToggleButton("Catalogue");
    private final ToggleButton changesToggle = new ToggleButton("Changes between sheets");

    PricesView(PricesViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Label title = new Label("Prices");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("prices-count");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(catalogueToggle.selectedProperty());
        catalogueToggle.setId("prices-show-catalogue");
        changesToggle.setId("prices-show-changes");
        SegmentedButton views = new SegmentedButton(catalogueToggle, changesToggle);
        catalogueToggle.setSelected(true);
        views.getToggleGroup().selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, summary, spacer, views);
        header.getStyleClass().add("prices-header");

        Node catalogue = catalogue();
        Node changes = ChangesPane.build(model.changes());
        catalogue.visibleProperty().bind(catalogueToggle.selectedProperty());
        changes.visibleProperty().bind(changesToggle.selectedProperty());
        StackPane body = new StackPane(catalogue, changes);
        VBox.setVgrow(body, Priority.ALWAYS);

        root = new VBox(header, body);
        root.getStyleClass().addAll("page", "prices");
        root.setId("prices");
        root.getStylesheets().add(Objects.requireNonNull(PricesView.class.getResource("prices.css"),
                "prices.css is missing").toExternalForm());
    }

    @Override
    public Node root() {
        return root;
    }

    /** Edit › Find (Ctrl+F) goes to the search field. */
    @Override
    public ScreenActions actions() {
        return ScreenActions.NONE.withFind(Command.always(() -> {
            catalogueToggle.setSelected(true);
            search.requestFocus();
            search.selectAll();
        }));
    }

    private Node catalogue() {
        ComboBox<SheetChoice> sheets = new ComboBox<>(model.sheetChoices());
        sheets.setId("prices-sheet");
        sheets.setPrefWidth(320);
        sheets.valueProperty().bindBidirectional(model.sheetProperty());
        search.setId("prices-search");
        search.setPromptText("Search provider, model or alias (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button("Add price sheet…");
        add.setId("prices-add-sheet");
        add.setOnAction(event -> model.addSheet());
        HBox toolbar = new HBox(8, sheets, search, add, sheetMenu());
        toolbar.getStyleClass().add("toolbar");

        TableView<CatalogueRow> table = CatalogueTable.build(model);
        InvalidationListener placeholder = observable -> table.setPlaceholder(tablePlaceholder());
        model.emptyMessageProperty().addListener(placeholder);
        model.stateProperty().addListener(placeholder);
        placeholder.invalidated(null);

        Tab routes = new Tab("Compare routes", RoutesPane.build(model.comparison()));
        routes.setId("prices-tab-routes");
        Tab details = new Tab("Details", DetailsPane.build(model));
        details.setId("prices-tab-details");
        TabPane below = new TabPane(routes, details);
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(table, below);
        split.setId("prices-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox catalogue = new VBox(12, toolbar, split);
        catalogue.setId("prices-catalogue");
        StackPane withProblem = new StackPane(catalogue);
        model.stateProperty().addListener((observable, was, now) -> withProblem.getChildren().setAll(
                now == PricesViewModel.State.FAILED ? loadFailed() : catalogue));
        return withProblem;
    }

    private MenuButton sheetMenu() {
        MenuItem add = new MenuItem("Add price sheet…");
        add.setId("prices-menu-add");
        add.setOnAction(event -> model.addSheet());
        MenuItem remove = new MenuItem("Remove this sheet…");
        remove.setId("prices-menu-remove");
        remove.disableProperty().bind(model.canRemoveSheetProperty().not());
        remove.setOnAction(event -> model.removeSheet());
        MenuItem compare = new MenuItem("Compare with another date of this sheet");
        compare.setId("prices-menu-compare");
        compare.disableProperty().bind(model.sheetProperty().isEqualTo(SheetChoice.ALL));
        compare.setOnAction(event -> {
            model.compareSheetWithAnother();
            changesToggle.setSelected(true);
        });
        MenuButton menu = new MenuButton("Sheets", null, add, remove, compare);
        menu.setId("prices-sheet-menu");
        return menu;
    }

    private Node tablePlaceholder() {
        if (model.stateProperty().get() == PricesViewModel.State.LOADING) {
            Label loading = new Label("Reading the price sheets…");
            loading.getStyleClass().add("muted");
            return loading;
        }
        String message = model.emptyMessageProperty().get();
        if (model.searchProperty().get() == null || model.searchProperty().get().isBlank()) {
            return new EmptyState(PricesScreen.TAG_GLYPH, message.isEmpty() ? "No prices" : message,
                    "Add a price sheet to see its prices here.", "Add price sheet…", model::addSheet);
        }
        return new EmptyState(PricesScreen.SEARCH_GLYPH, message,
                "The search looks in provider, model id and aliases; every word must appear, and dots, dashes and "
                        + "underscores count alike.", "Clear the search", () -> model.searchProperty().set(""));
    }

    private Node loadFailed() {
        return new EmptyState(Glyph.WARNING, "The price sheets could not be read", model.loadProblemProperty().get(),
                "Try again", model::load);
    }
}

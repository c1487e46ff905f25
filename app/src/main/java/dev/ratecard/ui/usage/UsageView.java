package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.ui.component.Glyph;
import dev.ratecard.ui.screen.ScreenView;
import dev.ratecard.ui.screen.WorkspaceModel;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * Lays out the Usage screen: the stored usage, the import batches and the unmatched models in tabs under a header
 * with the import button; an empty state while there is nothing; and the import wizard in their place while it is
 * open. Every decision is the view model's.
 */
final class UsageView implements ScreenView {
    private final StackPane root;

    UsageView(UsageViewModel model) {
        Objects.requireNonNull(model, "model");
        Node main = main(model);
        Node wizard = ImportWizardView.build(model.wizard());
        wizard.visibleProperty().bind(model.wizard().stepProperty().isNotEqualTo(ImportWizardModel.Step.CLOSED));
        main.visibleProperty().bind(wizard.visibleProperty().not());
        root = new StackPane(main, wizard);
        root.setId("usage");
        root.getStylesheets().add(Objects.requireNonNull(UsageView.class.getResource("usage.css"),
                "usage.css is missing").toExternalForm());
    }

    @Override
    public Node root() {
        return root;
    }

    private static Node main(UsageViewModel model) {
        Label title = new Label("Usage");
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importUsage = new Button("Import usage\u2026");
        importUsage.setId("usage-import");
        importUsage.getStyleClass().add("primary");
        importUsage.disableProperty().bind(model.workspaceStateProperty().isNotEqualTo(WorkspaceModel.State.OPEN));
        importUsage.setOnAction(event -> model.wizard().chooseFiles());
        HBox header = new HBox(16, title, spacer, importUsage);
        header.getStyleClass().add("usage-header");

        Tab stored = new Tab("Stored usage", UsageTablePane.build(model.table()));
        stored.setId("usage-tab-stored");
        Tab batches = new Tab("", BatchesPane.build(model.batches()));
        batches.setId("usage-tab-batches");
        batches.textProperty().bind(Bindings.concat("Import batches (", Bindings.size(model.batches().batches()), ")"));
        Tab unmatched = new Tab("", UnmatchedPane.build(model.unmatched()));
        unmatched.setId("usage-tab-unmatched");
        unmatched.textProperty().bind(Bindings.concat("Unmatched models (", Bindings.size(model.unmatched().unmatched()), ")"));
        TabPane tabs = new TabPane(stored, batches, unmatched);
        tabs.setId("usage-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        StackPane body = new StackPane();
        VBox.setVgrow(body, Priority.ALWAYS);
        InvalidationListener show = observable -> body.getChildren().setAll(body(model, tabs));
        model.workspaceStateProperty().addListener(show);
        model.emptyProperty().addListener(show);
        model.workspace().sampleBusyProperty().addListener(show);
        show.invalidated(null);

        VBox page = new VBox(16, header, body);
        page.getStyleClass().addAll("page", "usage");
        return page;
    }

    private static Node body(UsageViewModel model, Node tabs) {
        WorkspaceModel workspace = model.workspace();
        return switch (workspace.stateProperty().get()) {
            case CLOSED, OPENING -> UsageTables.muted("Opening the workspace\u2026");
            case FAILED -> new EmptyState(Glyph.WARNING, "The workspace could not be opened", workspace.problemProperty().get());
            case OPEN -> !model.emptyProperty().get() ? tabs : workspace.sampleBusyProperty().get()
                    ? UsageTables.muted("Adding the sample workspace: three months of usage exports\u2026") : empty(model);
        };
    }

    private static Node empty(UsageViewModel model) {
        EmptyState state = new EmptyState(UsageScreen.GLYPH, "No usage imported yet",
                "Import a usage export or log (OpenAI, Anthropic, OpenRouter, LiteLLM, FOCUS, Bedrock, or any CSV), or drop"
                        + " the files onto the window. Ratecard reads them, shows what it found, and imports them whole or"
                        + " not at all.", "Import usage\u2026", model.wizard()::chooseFiles);
        Button sample = new Button("Open the sample workspace");
        sample.setId("usage-add-sample");
        sample.getStyleClass().add("link-button");
        sample.disableProperty().bind(Bindings.not(model.workspace().installSampleCommand().enabled()));
        sample.setOnAction(event -> model.workspace().installSampleCommand().run());
        state.getChildren().add(sample);
        return state;
    }
}

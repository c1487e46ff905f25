package dev.ratecard.ui.prices;

import dev.ratecard.workspace.prices.EntryDescription;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the selected price says, section by section, as {@link EntryDescription} lays it out: the same text
 * {@code ratecard prices show} prints. A source address can be copied with one click.
 */
final class DetailsPane {
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,)]+");

    private DetailsPane() {
    }

    static Node build(PricesViewModel model) {
        VBox content = new VBox(16);
        content.setId("prices-details");
        content.getStyleClass().add("details");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        show(content, model.detailsProperty().get());
        model.detailsProperty().addListener((observable, was, now) -> {
            show(content, now);
            scroll.setVvalue(0);
        });
        return scroll;
    }

    private static void show(VBox content, EntryDescription description) {
        content.getChildren().clear();
        if (description == null) {
            Label none = new Label("Select a price to see everything its sheet says about it.");
            none.getStyleClass().add("muted");
            content.getChildren().add(none);
            return;
        }
        for (EntryDescription.Section section : description.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("details-title");
            GridPane lines = new GridPane();
            lines.getStyleClass().add("details-lines");
            ColumnConstraints labels = new ColumnConstraints(150);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            lines.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (EntryDescription.Line line : section.lines()) {
                Label label = new Label(line.label());
                label.getStyleClass().add("muted");
                GridPane.setValignment(label, VPos.TOP);
                lines.add(label, 0, row);
                lines.add(value(line), 1, row);
                row++;
            }
            content.getChildren().add(new VBox(6, title, lines));
        }
    }

    private static Node value(EntryDescription.Line line) {
        Label text = new Label(line.value());
        text.setWrapText(true);
        Matcher url = URL.matcher(line.value());
        if (!url.find()) {
            return text;
        }
        String address = url.group();
        Hyperlink copy = new Hyperlink("Copy address");
        copy.setTooltip(new Tooltip("Copy " + address + " to the clipboard"));
        copy.setOnAction(event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(address);
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText("Copied");
        });
        return new VBox(2, text, copy);
    }
}

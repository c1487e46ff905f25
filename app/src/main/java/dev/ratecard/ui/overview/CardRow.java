package dev.ratecard.ui.overview;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Nodes side by side while each fits at its minimum width, otherwise one under the other at the full width. Side by
 * side, a node of weight 0 keeps its preferred width and the others share the rest by weight (never below their
 * minimum), all as tall as the tallest; stacked, a node of weight 0 keeps its preferred width if there is room.
 * So cards share a row's width, wrap rather than clip when the window is narrow, and their edges line up.
 */
final class CardRow extends Region {
    private final double gap;
    private final List<Double> weights = new ArrayList<>();

    CardRow(double gap) {
        if (gap < 0) {
            throw new IllegalArgumentException("gap must not be negative: " + gap);
        }
        this.gap = gap;
        getStyleClass().add("card-row");
    }

    /** Adds {@code node} after the others; weight 0 keeps it at its preferred width. */
    CardRow add(Node node, double weight) {
        Objects.requireNonNull(node, "node");
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        weights.add(weight);
        getChildren().add(node);
        return this;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        // Stacked, each child needs only its own minimum.
        double widest = 0;
        for (Node child : getChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return widest + horizontalInsets();
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Node child : getChildren()) {
            sum += child.prefWidth(-1);
        }
        return sum + gaps() + horizontalInsets();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - horizontalInsets();
        double[] widths = widths(inner);
        double height = 0;
        for (int i = 0; i < widths.length; i++) {
            double childHeight = getChildren().get(i).prefHeight(widths[i]);
            height = sideBySide(inner) ? Math.max(height, childHeight) : height + childHeight;
        }
        double stackedGaps = sideBySide(inner) ? 0 : gaps();
        Insets insets = getInsets();
        return height + stackedGaps + insets.getTop() + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double inner = getWidth() - horizontalInsets();
        double[] widths = widths(inner);
        boolean across = sideBySide(inner);
        double rowHeight = getHeight() - insets.getTop() - insets.getBottom();
        double x = insets.getLeft();
        double y = insets.getTop();
        for (int i = 0; i < widths.length; i++) {
            Node child = getChildren().get(i);
            if (across) {
                // Edges snapped where they fall, so rounding never widens the row past its right edge.
                double left = snapPositionX(x);
                double right = snapPositionX(x + widths[i]);
                child.resizeRelocate(left, snapPositionY(y), right - left, snapSizeY(rowHeight));
                x += widths[i] + gap;
            } else {
                double width = snapSizeX(widths[i]);
                double height = snapSizeY(child.prefHeight(width));
                child.resizeRelocate(snapPositionX(x), snapPositionY(y), width, height);
                y += height + gap;
            }
        }
    }

    /** Each child's width in {@code inner} pixels, side by side or stacked. */
    private double[] widths(double inner) {
        int count = getChildren().size();
        double[] widths = new double[count];
        if (!sideBySide(inner)) {
            for (int i = 0; i < count; i++) {
                widths[i] = weights.get(i) == 0 ? Math.min(inner, getChildren().get(i).prefWidth(-1)) : inner;
            }
            return widths;
        }
        double left = inner - gaps();
        double sharedWeight = 0;
        boolean[] settled = new boolean[count];
        for (int i = 0; i < count; i++) {
            if (weights.get(i) == 0) {
                widths[i] = floor(i);
                settled[i] = true;
                left -= widths[i];
            } else {
                sharedWeight += weights.get(i);
            }
        }
        // A share below a node's minimum gives it its minimum and the others share what remains, until all fit.
        boolean changed = true;
        while (changed && sharedWeight > 0) {
            changed = false;
            for (int i = 0; i < count; i++) {
                double min = getChildren().get(i).minWidth(-1);
                if (!settled[i] && left * weights.get(i) / sharedWeight < min) {
                    widths[i] = min;
                    settled[i] = true;
                    left -= min;
                    sharedWeight -= weights.get(i);
                    changed = true;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (!settled[i]) {
                widths[i] = left * weights.get(i) / sharedWeight;
            }
        }
        return widths;
    }

    private boolean sideBySide(double inner) {
        double needed = gaps();
        for (int i = 0; i < getChildren().size(); i++) {
            needed += floor(i);
        }
        return needed <= inner;
    }

    /** The least width of child {@code i} side by side: its preferred width at weight 0, else its minimum. */
    private double floor(int i) {
        Node child = getChildren().get(i);
        return weights.get(i) == 0 ? Math.max(child.minWidth(-1), child.prefWidth(-1)) : child.minWidth(-1);
    }

    private double gaps() {
        return gap * Math.max(0, getChildren().size() - 1);
    }

    private double horizontalInsets() {
        Insets insets = getInsets();
        return insets.getLeft() + insets.getRight();
    }
}

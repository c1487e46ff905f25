package dev.ratecard.ui.dialog;

import java.util.Objects;

/**
 * A question with two answers, each labelled with what it does ("Quit and cancel", "Keep working"), never
 * a bare OK/Cancel.
 */
public record Confirmation(String title, String question, String detail, String confirmLabel, String cancelLabel) {
    public Confirmation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(confirmLabel, "confirmLabel");
        Objects.requireNonNull(cancelLabel, "cancelLabel");
    }
}

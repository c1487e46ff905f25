package dev.ratecard.importers.prices.parse;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.read.SheetInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in what a sheet must have but a file may not state: the as-of date, the source and the id. What the
 * file says wins, then the caller's {@link dev.ratecard.importers.prices.read.ReadContext}, then what the file
 * name says; a date taken from anywhere but the file is reported as a warning, so nobody mistakes it for
 * the publisher's.
 */
public final class SheetDefaults {
    /** Sheet ids as Ratecard's formats define them: {@code [a-z0-9][a-z0-9._-]*}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9._-]+");

    private SheetDefaults() {
    }

    public static LocalDate asOf(LocalDate fromFile, SheetInput input, IssueLog issues) throws ImportException {
        if (fromFile != null) {
            return fromFile;
        }
        if (input.context().asOf() != null) {
            return input.context().asOf();
        }
        SourceRef file = SourceRef.wholeFile(input.fileName());
        LocalDate fromName = dateInName(input.fileName());
        if (fromName != null) {
            issues.add(ImportIssue.warning(file, null, fromName.toString(),
                    "the file states no date; its as-of date is taken from the file name"));
            return fromName;
        }
        if (input.lastModified() != null) {
            issues.add(ImportIssue.warning(file, null, input.lastModified().toString(),
                    "the file states no date; its as-of date is the day the file was last modified"));
            return input.lastModified();
        }
        throw new ImportException(ImportIssue.error(file, null, null,
                "the file states no as-of date and none was given; say when these prices were true"));
    }

    /** @param fallback where files of this kind come from, used when neither file nor caller says; or null */
    public static String source(String fromFile, SheetInput input, String fallback) {
        if (fromFile != null && !fromFile.isBlank()) {
            return fromFile;
        }
        String fromContext = input.context().source();
        if (fromContext != null && !fromContext.isBlank()) {
            return fromContext;
        }
        return fallback != null ? fallback : "file " + input.fileName();
    }

    /** The caller's id if given, else {@code fallback}. */
    public static String id(SheetInput input, String fallback) {
        String fromContext = input.context().id();
        return fromContext != null && !fromContext.isBlank() ? fromContext : fallback;
    }

    /** The caller's name if given, else {@code fallback}. */
    public static String name(SheetInput input, String fallback) {
        String fromContext = input.context().name();
        return fromContext != null && !fromContext.isBlank() ? fromContext : fallback;
    }

    /** A valid sheet id made from free text: lower case, runs of other characters as one {@code -}. */
    public static String idFrom(String text) {
        String id = NOT_ID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^[-._]+|[-._]+$", "");
        return id.isEmpty() ? "sheet" : id;
    }

    /** The file name without folders and without its last extension. */
    public static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static LocalDate dateInName(String fileName) {
        return dateIn(baseName(fileName));
    }

    /** The first real calendar date written {@code YYYY-MM-DD} in {@code text}, or null. */
    public static LocalDate dateIn(String text) {
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException notADate) {
                // e.g. 2026-13-45 is a version number, not a date; look further.
            }
        }
        return null;
    }
}

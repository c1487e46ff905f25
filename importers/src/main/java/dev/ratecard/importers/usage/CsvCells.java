package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.text.CsvHeader;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.CsvTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A {@link FieldSet} bound to a CSV header once; then each field is one array lookup per row. */
final class CsvCells implements Cells {
    private final CsvTable table;
    private final CsvHeader header;
    private final int[] columns;
    private final String[] declared;
    private final JsonSupport json;

    CsvCells(CsvTable table, FieldSet fields, JsonSupport json) {
        this.table = table;
        this.header = table.header();
        this.json = json;
        this.columns = new int[fields.size()];
        this.declared = new String[fields.size()];
        for (Field field : fields.all()) {
            columns[field.slot()] = bind(field);
        }
    }

    private int bind(Field field) {
        int found = CsvHeader.ABSENT;
        declared[field.slot()] = field.primaryName();
        for (String name : field.names()) {
            int i = header.indexOf(name);
            if (i >= 0) {
                declared[field.slot()] = name;
                return i;
            }
            if (i == CsvHeader.AMBIGUOUS) {
                found = CsvHeader.AMBIGUOUS;
            }
        }
        return found;
    }

    /** Fields that are required and have no column, and fields whose column occurs twice. */
    List<HeaderProblem> headerProblems(FieldSet fields) {
        List<HeaderProblem> problems = new ArrayList<>();
        for (Field field : fields.all()) {
            int column = columns[field.slot()];
            if (column == CsvHeader.AMBIGUOUS) {
                problems.add(new HeaderProblem(field.primaryName(), "the column occurs more than once"));
            } else if (column == CsvHeader.ABSENT && field.required()) {
                problems.add(new HeaderProblem(field.primaryName(), "missing required column" + alsoAccepted(field)));
            }
        }
        return problems;
    }

    private static String alsoAccepted(Field field) {
        List<String> others = field.names().subList(1, field.names().size()).stream()
                .filter(n -> !n.contains(".")).toList();
        return others.isEmpty() ? "" : " (also accepted: " + String.join(", ", others) + ")";
    }

    @Override
    public String text(Field field) {
        int column = columns[field.slot()];
        return column < 0 ? null : Cells.nullIfEmpty(table.get(column));
    }

    @Override
    public long count(Field field, NumberParser numbers) {
        int column = columns[field.slot()];
        long digits = column < 0 ? -1 : table.digits(column);
        if (digits >= 0) {
            return digits;
        }
        String text = text(field);
        return text == null ? ABSENT : Cells.parseCount(numbers, text, this, field);
    }

    @Override
    public BigDecimal plainDecimal(Field field, NumberParser numbers) {
        int column = columns[field.slot()];
        return column < 0 ? null : table.plainDecimal(column, numbers);
    }

    @Override
    public JsonNode json(Field field) {
        String text = text(field);
        return text == null ? null : json.parseCell(text, nameOf(field));
    }

    @Override
    public String nameOf(Field field) {
        int column = columns[field.slot()];
        return column < 0 ? field.primaryName() : header.name(column);
    }

    @Override
    public String declaredName(Field field) {
        return declared[field.slot()];
    }

    @Override
    public boolean has(Field field) {
        return columns[field.slot()] >= 0;
    }
}

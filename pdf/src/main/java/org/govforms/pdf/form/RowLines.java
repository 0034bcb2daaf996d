package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import org.govforms.pdf.form.FormDefinition.Column;
import org.govforms.pdf.form.FormDefinition.Slots;

/**
 * Rows written out on the continuation sheet, one line each:
 * {@code Row 6. Number and street: 12 Main St | City/town: Springfield | From: 01/2020}.
 */
final class RowLines {

    static final String ROW = "Row ";
    static final String SEPARATOR = " | ";

    private RowLines() {
    }

    /** A cell as printed: a box's text, or Yes/No (or the choice) for checkboxes. */
    static String print(Column column, JsonNode value) {
        if (!column.choices().isEmpty()) {
            return value.isBoolean() ? (value.booleanValue() ? "Yes" : "No") : capitalized(value.asText());
        }
        return column.as().print(value, column.labels()).get(0);
    }

    /** The record's value from a printed cell; the choice keys of a checkbox column say what it can be. */
    static String choiceKey(Column column, String printed) {
        Map<String, String> anyRow = column.choices().get(0);
        if (anyRow.containsKey("true")) {
            return printed.equalsIgnoreCase("Yes") ? "true" : printed.equalsIgnoreCase("No") ? "false" : null;
        }
        return anyRow.keySet().stream().filter(key -> key.equalsIgnoreCase(printed.replace(' ', '_'))).findFirst().orElse(null);
    }

    static String keyLabel(Slots slots) {
        return capitalized(slots.key());
    }

    /** MOTHER becomes Mother, IN_THE_PAST In the past. */
    static String capitalized(String value) {
        String lower = value.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

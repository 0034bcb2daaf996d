package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.rules.VisibleText;

/**
 * A read-only JSON view of a record, for the I-914 rules that look at many optional places by their JSON
 * pointer: an absent, null, blank or empty value reads as not given. Values read as the JSON carries them
 * (enumerations as their codes, dates as yyyy-MM-dd).
 */
final class RecordTree {

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    private final JsonNode root;

    private RecordTree(JsonNode root) {
        this.root = root;
    }

    static RecordTree of(Object record) {
        return new RecordTree(JSON.valueToTree(record));
    }

    /** The value is given: present, not null, not blank, not an empty list. */
    boolean has(String pointer) {
        JsonNode node = root.at(pointer);
        return !(node.isMissingNode() || node.isNull() || node.isTextual() && VisibleText.isBlank(node.asText())
                || node.isContainerNode() && node.isEmpty());
    }

    boolean isTrue(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isBoolean() && node.asBoolean();
    }

    boolean isFalse(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isBoolean() && !node.asBoolean();
    }

    String text(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    boolean is(String pointer, String value) {
        return value.equals(text(pointer));
    }

    LocalDate date(String pointer) {
        String text = text(pointer);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    int size(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isArray() ? node.size() : 0;
    }

    /** The names of the properties of the object at the pointer (none when there is no object). */
    Iterable<String> propertyNames(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isObject() ? node::fieldNames : java.util.List.of();
    }

    /** Two texts are the same for a person reading them: case and surrounding blanks aside. */
    boolean sameText(String pointer, String otherPointer) {
        String a = text(pointer);
        String b = text(otherPointer);
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}

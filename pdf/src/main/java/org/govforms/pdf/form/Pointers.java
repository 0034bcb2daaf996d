package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading and writing values of a JSON record at JSON pointers, creating the objects and arrays on the way. */
final class Pointers {

    private Pointers() {
    }

    /** The value at the pointer, or null when there is none (or it is JSON null). */
    static JsonNode get(JsonNode record, String pointer) {
        JsonNode value = record.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    static void set(ObjectNode record, String pointer, JsonNode value) {
        String[] segments = pointer.substring(1).split("/");
        JsonNode node = record;
        for (int i = 0; i < segments.length - 1; i++) {
            node = child(node, segments[i], isIndex(segments[i + 1]));
        }
        String last = segments[segments.length - 1];
        if (node instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static JsonNode child(JsonNode node, String segment, boolean array) {
        if (node instanceof ArrayNode list) {
            int index = Integer.parseInt(segment);
            while (list.size() <= index) {
                list.addNull();
            }
            if (list.get(index).isNull()) {
                list.set(index, array ? list.arrayNode() : list.objectNode());
            }
            return list.get(index);
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode existing = object.get(segment);
        if (existing == null || existing.isNull()) {
            existing = array ? object.putArray(segment) : object.putObject(segment);
        }
        return existing;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}

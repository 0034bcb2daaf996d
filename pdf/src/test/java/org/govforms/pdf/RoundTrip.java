package org.govforms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.pdf.form.FormDefinition;
import org.govforms.pdf.form.FormDefinition.NotFilled;

/**
 * What of a record the form carries: all of it but the boxes left empty (signatures, office use) and the
 * "no" of a single checkbox that has no box for no (an unticked box reads as nothing).
 */
final class RoundTrip {

    private RoundTrip() {
    }

    static JsonNode carried(JsonNode record, FormDefinition form) {
        ObjectNode copy = record.deepCopy();
        Set<String> leftEmpty = form.notFilled().stream().map(NotFilled::item).collect(Collectors.toSet());
        List<String> remove = new ArrayList<>();
        collect(copy, "", form.recordSchema(), leftEmpty, remove);
        for (String pointer : remove) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = copy.at(pointer.substring(0, slash));
            ((ObjectNode) parent).remove(pointer.substring(slash + 1));
        }
        pruneEmptyObjects(copy);
        form.singles().stream().filter(s -> s.choices().keySet().equals(Set.of("true")) && s.unchecked() == null)
                .forEach(s -> removeFalse(copy, s.pointer()));
        form.groups().forEach(group -> group.columns().stream()
                .filter(c -> !c.choices().isEmpty() && c.choices().get(0).keySet().equals(Set.of("true")))
                .forEach(column -> copy.at(group.pointer()).forEach(row -> removeFalse(row, "/" + column.property()))));
        return copy;
    }

    private static void pruneEmptyObjects(ObjectNode object) {
        object.properties().removeIf(field -> {
            if (field.getValue() instanceof ObjectNode child) {
                pruneEmptyObjects(child);
                return child.isEmpty();
            }
            return false;
        });
    }

    private static void removeFalse(JsonNode record, String pointer) {
        JsonNode value = record.at(pointer);
        if (value.isBoolean() && !value.booleanValue()) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) record.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        }
    }

    private static void collect(JsonNode node, String pointer, String schema, Set<String> leftEmpty, List<String> remove) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + field.getKey();
                String item = SpecIndex.bundled().locate(schema, at).formItem();
                if (leftEmpty.contains(item) && !field.getValue().isContainerNode()) {
                    remove.add(at);
                } else {
                    collect(field.getValue(), at, schema, leftEmpty, remove);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), pointer + "/" + i, schema, leftEmpty, remove);
            }
        }
    }
}

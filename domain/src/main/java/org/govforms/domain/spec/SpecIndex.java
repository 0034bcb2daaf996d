package org.govforms.domain.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the bundled specification says about a place in a record: the form item a JSON pointer fills
 * ({@code x-form-item}, {@code x-form-item-part}, {@code x-form-section}) and the rule its schema
 * constraints enforce ({@code x-rule}). Read from the api-spec jar, so the spec stays the one source.
 */
public final class SpecIndex {

    public static final String SPEC_RESOURCE = "govforms/openapi.yaml";

    private static final SpecIndex BUNDLED = new SpecIndex(readBundledSpec());

    private final JsonNode schemas;

    private SpecIndex(JsonNode spec) {
        this.schemas = spec.path("components").path("schemas");
    }

    public static SpecIndex bundled() {
        return BUNDLED;
    }

    /** What the spec says about the value at {@code pointer} in a record of schema {@code schemaName}. */
    public Place locate(String schemaName, String pointer) {
        JsonNode schema = resolve(schemas.path(schemaName));
        List<String> formItems = List.of();
        String section = schema.path("x-form-section").asText(null);
        String part = null;
        String rule = null;
        String pii = null;
        String compositeSection = null;
        for (String segment : segments(pointer)) {
            JsonNode next = segment.chars().allMatch(Character::isDigit) && schema.has("items")
                    ? schema.path("items")
                    : resolve(schema).path("properties").path(segment);
            if (next.isMissingNode()) {
                break;
            }
            List<String> items = strings(next.get("x-form-item"));
            if (!items.isEmpty()) {
                formItems = items;
                part = null;
                // a composite that is a section of its own (a table row) is named by it, not by its first part
                compositeSection = items.size() > 1 ? next.path("x-form-section").asText(null) : null;
            }
            rule = next.has("x-rule") ? next.get("x-rule").asText() : rule;
            pii = textOf(next, "x-pii", pii);
            schema = resolve(next);
            pii = textOf(schema, "x-pii", pii);
            section = textOf(schema, "x-form-section", textOf(next, "x-form-section", section));
            part = textOf(next, "x-form-item-part", textOf(schema, "x-form-item-part", part));
        }
        if (part == null && compositeSection != null) {
            return new Place(compositeSection, rule, pii);
        }
        return new Place(formItem(formItems, part).orElse(section), rule, pii);
    }

    /**
     * The JSON pointers of every value in {@code record} that the spec marks readOnly (set by the server,
     * such as id, createdAt or a computed due date), so that a client that sends one can be told.
     */
    public List<String> readOnlyPointers(String schemaName, JsonNode record) {
        return pointersWhere(schemaName, record, property -> property.path("readOnly").asBoolean(false));
    }

    /** The JSON pointers of every value in {@code record} that the spec declares {@code format: date}. */
    public List<String> datePointers(String schemaName, JsonNode record) {
        return pointersWhere(schemaName, record, property -> property.path("format").asText().equals("date"));
    }

    /**
     * The JSON pointers of every free text in {@code record} (no enum, no format) that must say something: a string
     * property its object lists as {@code required}, or a string (property or list entry) with {@code minLength} of
     * 1 or more.
     */
    public List<String> requiredTextPointers(String schemaName, JsonNode record) {
        List<String> pointers = new ArrayList<>();
        collectRequiredText(schemas.path(schemaName), record, "", pointers);
        return pointers;
    }

    private void collectRequiredText(JsonNode schema, JsonNode value, String pointer, List<String> pointers) {
        JsonNode resolved = resolve(schema);
        if (value.isObject()) {
            List<String> required = strings(resolved.get("required"));
            value.properties().forEach(field -> {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (property.isMissingNode()) {
                    return;
                }
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getValue().isTextual()) {
                    if (freeText(property) && (required.contains(field.getKey()) || mustSaySomething(property))) {
                        pointers.add(at);
                    }
                } else {
                    collectRequiredText(property, field.getValue(), at, pointers);
                }
            });
        } else if (value.isArray() && resolved.has("items")) {
            JsonNode items = resolved.path("items");
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    if (freeText(items) && mustSaySomething(items)) {
                        pointers.add(pointer + "/" + i);
                    }
                } else {
                    collectRequiredText(items, value.get(i), pointer + "/" + i, pointers);
                }
            }
        }
    }

    /** A string the sender writes freely: no enum or format, which cannot be invisible and still be valid. */
    private boolean freeText(JsonNode property) {
        JsonNode resolved = resolve(property);
        return !(property.has("enum") || resolved.has("enum") || property.has("format") || resolved.has("format"));
    }

    private boolean mustSaySomething(JsonNode property) {
        return property.path("minLength").asInt(0) > 0 || resolve(property).path("minLength").asInt(0) > 0;
    }

    private List<String> pointersWhere(String schemaName, JsonNode record, Predicate<JsonNode> test) {
        List<String> pointers = new ArrayList<>();
        collect(schemas.path(schemaName), record, "", test, pointers);
        return pointers;
    }

    /** Walks a value with its schema; a value whose property (or the schema it refers to) passes the test is collected, not entered. */
    private void collect(JsonNode schema, JsonNode value, String pointer, Predicate<JsonNode> test, List<String> pointers) {
        JsonNode resolved = resolve(schema);
        if (value.isObject()) {
            value.properties().forEach(field -> {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (property.isMissingNode() || field.getValue().isNull()) {
                    return;
                }
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (test.test(property) || test.test(resolve(property))) {
                    pointers.add(at);
                } else {
                    collect(property, field.getValue(), at, test, pointers);
                }
            });
        } else if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                String at = pointer + "/" + i;
                JsonNode items = resolved.path("items");
                if (test.test(items) || test.test(resolve(items))) {
                    pointers.add(at);
                } else {
                    collect(items, value.get(i), at, test, pointers);
                }
            }
        }
    }

    /**
     * The form item a place fills, the rule that its schema constraints enforce, and the kind of personal
     * data it holds (x-pii, inherited from an enclosing property); any may be null.
     */
    public record Place(String formItem, String rule, String pii) {
    }

    private static Optional<String> formItem(List<String> formItems, String part) {
        if (formItems.isEmpty()) {
            return Optional.empty();
        }
        if (part != null) {
            for (String item : formItems) {
                if (item.endsWith("." + part)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.of(formItems.get(0));
    }

    /** Follows $ref and a single-reference allOf to the schema that holds the properties. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 16; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String textOf(JsonNode node, String field, String otherwise) {
        return node.has(field) ? node.get(field).asText() : otherwise;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isTextual()) {
            values.add(node.asText());
        } else if (node != null && node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static JsonNode readBundledSpec() {
        try (InputStream in = SpecIndex.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath (the api-spec jar)");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPEC_RESOURCE, e);
        }
    }
}

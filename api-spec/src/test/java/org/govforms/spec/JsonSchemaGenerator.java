package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the bundled OpenAPI 3.0 spec into JSON Schema 2020-12 files, one per schema that an operation takes
 * or returns as its body (every record family, its pages, problems, reports, the rule catalogue), each
 * self-contained: the schemas it uses are in its {@code $defs}. Run by the build (exec-maven-plugin, phase
 * process-test-classes) so that the files land in the api-spec jar under {@code govforms/json-schema/}.
 */
public final class JsonSchemaGenerator {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String FOLDER = "govforms/json-schema";
    private static final String COMPONENT = "#/components/schemas/";
    /** OpenAPI keywords with no JSON Schema meaning; dropped. */
    private static final Set<String> OPENAPI_ONLY = Set.of("discriminator", "xml", "externalDocs", "nullable");

    private final JsonNode schemas;

    JsonSchemaGenerator(JsonNode spec) {
        this.schemas = spec.path("components").path("schemas");
    }

    /** Arguments: the bundled spec, the classes folder to write {@value #FOLDER} into. */
    public static void main(String[] args) throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of(args[0]).toFile());
        Path folder = Path.of(args[1]).resolve(FOLDER);
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        Map<String, ObjectNode> files = new JsonSchemaGenerator(spec).files(bodySchemas(spec));
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        index.put("specVersion", spec.path("info").path("version").asText());
        ArrayNode list = index.putArray("schemas");
        for (Map.Entry<String, ObjectNode> file : files.entrySet()) {
            String name = fileName(file.getKey());
            json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(name).toFile(), file.getValue());
            list.add(name);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("index.json").toFile(), index);
    }

    static String fileName(String schemaName) {
        return schemaName + ".schema.json";
    }

    /** The component schemas that some operation takes or returns as its body, directly or as a response ref. */
    static Set<String> bodySchemas(JsonNode spec) {
        Set<String> names = new TreeSet<>();
        collectBodyRefs(spec.path("paths"), names);
        collectBodyRefs(spec.path("components").path("responses"), names);
        collectBodyRefs(spec.path("components").path("requestBodies"), names);
        return names;
    }

    private static void collectBodyRefs(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode ref = node.path("schema").path("$ref");
            if (ref.isTextual() && ref.asText().startsWith(COMPONENT)) {
                names.add(ref.asText().substring(COMPONENT.length()));
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    collectBodyRefs(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectBodyRefs(element, names));
        }
    }

    Map<String, ObjectNode> files(Set<String> roots) {
        Map<String, ObjectNode> files = new TreeMap<>();
        for (String root : roots) {
            files.put(root, file(root));
        }
        return files;
    }

    /** One self-contained JSON Schema document for the named component schema. */
    ObjectNode file(String root) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$schema", DIALECT);
        document.put("title", root);
        String description = schemas.path(root).path("description").asText(null);
        if (description != null) {
            document.put("description", description);
        }
        document.put("$ref", "#/$defs/" + root);
        ObjectNode defs = document.putObject("$defs");
        Deque<String> pending = new ArrayDeque<>();
        pending.add(root);
        Map<String, ObjectNode> converted = new TreeMap<>();
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (converted.containsKey(name)) {
                continue;
            }
            JsonNode schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalArgumentException("no schema " + name + " in the spec");
            }
            Set<String> refs = new TreeSet<>();
            converted.put(name, (ObjectNode) convert(schema, refs));
            refs.stream().filter(ref -> !converted.containsKey(ref)).forEach(pending::add);
        }
        converted.forEach(defs::set);
        return document;
    }

    /** An OpenAPI 3.0 schema object as JSON Schema 2020-12; the component names it refers to go into refs. */
    private JsonNode convert(JsonNode schema, Set<String> refs) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (OPENAPI_ONLY.contains(key)) {
                continue;
            }
            switch (key) {
                case "$ref" -> {
                    String ref = value.asText();
                    if (!ref.startsWith(COMPONENT)) {
                        throw new IllegalArgumentException("unresolved reference " + ref);
                    }
                    String name = ref.substring(COMPONENT.length());
                    refs.add(name);
                    out.put("$ref", "#/$defs/" + name);
                }
                case "example" -> out.putArray("examples").add(value.deepCopy());
                case "properties", "patternProperties" -> {
                    ObjectNode properties = out.putObject(key);
                    value.fields().forEachRemaining(p -> properties.set(p.getKey(), convert(p.getValue(), refs)));
                }
                case "items", "not", "additionalProperties" -> out.set(key, convert(value, refs));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode list = out.putArray(key);
                    value.forEach(element -> list.add(convert(element, refs)));
                }
                case "exclusiveMinimum", "exclusiveMaximum" -> {
                    // OpenAPI 3.0 says exclusive with a boolean beside minimum/maximum; 2020-12 with the number
                    String bound = key.equals("exclusiveMinimum") ? "minimum" : "maximum";
                    if (value.asBoolean() && schema.has(bound)) {
                        out.set(key, schema.get(bound));
                    }
                }
                default -> out.set(key, value.deepCopy());
            }
        }
        if (schema.path("nullable").asBoolean() && schema.has("type")) {
            out.putArray("type").add(schema.get("type").asText()).add("null");
        }
        if (schema.path("exclusiveMinimum").asBoolean() && schema.has("minimum")) {
            out.remove("minimum");
        }
        if (schema.path("exclusiveMaximum").asBoolean() && schema.has("maximum")) {
            out.remove("maximum");
        }
        return out;
    }
}

package org.govforms.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation of the bundled specification, as the fuzzer needs it: method, path, parameters, the
 * examples of its request body and the statuses it documents. A family added to the spec is fuzzed too.
 */
public record SpecOperations(List<Operation> all) {

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(String id, String method, String path, List<Parameter> parameters, List<JsonNode> bodyExamples,
                     Set<Integer> statuses) {

        public boolean takesBody() {
            return !bodyExamples.isEmpty();
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** The collection a path like /v1/things/{thingId} reads from: /v1/things. */
        String collectionPath() {
            return path.substring(0, path.lastIndexOf('/'));
        }

        @Override
        public String toString() {
            return id;
        }
    }

    public static SpecOperations of(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode p : list) {
                        JsonNode parameter = resolve(spec, p);
                        parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                                parameter.path("required").asBoolean(false), resolve(spec, parameter.path("schema"))));
                    }
                }
                List<JsonNode> examples = new ArrayList<>();
                resolve(spec, operation.path("requestBody")).path("content").path("application/json").path("examples")
                        .forEach(example -> {
                            JsonNode resolved = resolve(spec, example);
                            if (resolved.path("x-expected-violations").isEmpty()) {
                                examples.add(resolved.path("value"));
                            }
                        });
                Set<Integer> statuses = new TreeSet<>();
                operation.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
                operations.add(new Operation(operation.path("operationId").asText(method.getKey() + " " + path.getKey()),
                        method.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters), List.copyOf(examples),
                        Set.copyOf(statuses)));
            }
        }
        return new SpecOperations(List.copyOf(operations));
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        while (node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}

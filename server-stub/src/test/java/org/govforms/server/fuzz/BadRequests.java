package org.govforms.server.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.govforms.server.fuzz.SpecOperations.Operation;
import org.govforms.server.fuzz.SpecOperations.Parameter;

/**
 * Makes malformed and boundary requests from an operation of the spec: a valid request (one of the
 * operation's examples, a real record id, the required headers) with one thing broken.
 */
final class BadRequests {

    /** One request to send, and whether the spec forbids it (then the server must not accept it). */
    record Request(String kind, Operation operation, String method, String path, Map<String, String> headers,
                   byte[] body, boolean breaksSpec) {
        @Override
        public String toString() {
            return kind + " " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path)
                    + " headers=" + headers.keySet() + " body=" + (body == null ? 0 : body.length) + " bytes"
                    + (breaksSpec ? " (breaks the spec)" : "");
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "@@govforms-fuzz@@";

    private final ObjectMapper json;
    private final String apiKey;
    private final Map<String, String> existingIds;
    private final int longestString;
    private final long bodyLimit;

    /**
     * @param existingIds the id of a stored record per collection path (e.g. /v1/i589-applications)
     * @param longestString the largest maxLength in the spec: a longer string breaks every string schema
     */
    BadRequests(ObjectMapper json, String apiKey, Map<String, String> existingIds, int longestString, long bodyLimit) {
        this.json = json;
        this.apiKey = apiKey;
        this.existingIds = existingIds;
        this.longestString = longestString;
        this.bodyLimit = bodyLimit;
    }

    // ---- the valid request every bad one starts from ----

    private Request valid(String kind, Operation operation, Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + apiKey);
        byte[] body = null;
        if (operation.takesBody()) {
            headers.put("Content-Type", "application/json");
            body = bytes(example(operation, random));
        }
        for (Parameter header : operation.in("header")) {
            if (header.name().equals("If-Match")) {
                headers.put(header.name(), "*");
            } else if (header.name().equals("Idempotency-Key") && random.nextBoolean()) {
                headers.put(header.name(), UUID.randomUUID().toString());
            }
        }
        return new Request(kind, operation, operation.method(), path(operation, null), headers, body, false);
    }

    private String path(Operation operation, String badId) {
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            String id = badId != null ? badId
                    : existingIds.getOrDefault(operation.collectionPath(), UUID.randomUUID().toString());
            path = path.replace("{" + parameter.name() + "}", id);
        }
        return path;
    }

    private ObjectNode example(Operation operation, Random random) {
        return (ObjectNode) operation.bodyExamples().get(random.nextInt(operation.bodyExamples().size())).deepCopy();
    }

    // ---- what can be broken ----

    /** The kinds of breakage that apply to this operation, each a maker of one request. */
    List<BiFunction<Operation, Random, Request>> kinds(Operation operation) {
        List<BiFunction<Operation, Random, Request>> kinds = new ArrayList<>(List.of(this::badHeader, this::badQuery));
        if (operation.takesBody()) {
            kinds.addAll(List.of(this::wrongType, this::missingOrExtraField, this::hugeString, this::deepNesting,
                    this::invalidUnicode, this::dateOutOfRange, this::notAJsonObject, this::wrongContentType));
        }
        if (!operation.in("path").isEmpty()) {
            kinds.add(this::badPathId);
        }
        return kinds;
    }

    Request wrongType(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        String pointer = anyPointer(record, random);
        JsonNode current = record.at(pointer);
        List<JsonNode> others = new ArrayList<>(List.of(NODES.numberNode(42), NODES.numberNode(1.5),
                NODES.booleanNode(true), NODES.textNode("not the expected type"), NODES.arrayNode().add("x"),
                NODES.objectNode().put("unexpected", 1)));
        others.removeIf(other -> other.getNodeType() == current.getNodeType());
        set(record, pointer, others.get(random.nextInt(others.size())));
        return withBody(valid("wrong type at " + pointer, operation, random), bytes(record), true);
    }

    Request missingOrExtraField(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        List<String> objects = pointers(record, JsonNode::isObject);
        String pointer = objects.get(random.nextInt(objects.size()));
        ObjectNode target = (ObjectNode) record.at(pointer);
        String kind;
        switch (random.nextInt(4)) {
            case 0 -> {
                target.put("unexpectedProperty" + random.nextInt(1000), "an extra field");
                kind = "extra field in ";
            }
            case 1 -> {
                target.putNull("nullValued");
                kind = "extra null field in ";
            }
            default -> {
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    target.remove(names.get(random.nextInt(names.size())));
                }
                kind = "missing field in ";
            }
        }
        return withBody(valid(kind + pointer, operation, random), bytes(record), false);
    }

    Request hugeString(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        String pointer = leafPointer(record, random);
        boolean overTheBodyLimit = random.nextInt(10) == 0;
        int length = overTheBodyLimit ? (int) bodyLimit + 1 : longestString + 1 + random.nextInt(longestString * 2);
        StringBuilder text = new StringBuilder(length);
        String[] pieces = {"a", "é", "\u0000", "😀", "\u202e", "e\u0301", "\t", "\"", "\\", "\u00a0", "中"};
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        set(record, pointer, NODES.textNode(text.toString()));
        return withBody(valid("huge string at " + pointer, operation, random), bytes(record), true);
    }

    Request deepNesting(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        String pointer = anyPointer(record, random);
        set(record, pointer, NODES.textNode(PLACEHOLDER));
        int depth = 20 + random.nextInt(random.nextBoolean() ? 100 : 50_000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String text = new String(bytes(record), StandardCharsets.UTF_8).replace("\"" + PLACEHOLDER + "\"", nested);
        return withBody(valid("nesting " + depth + " deep at " + pointer, operation, random),
                text.getBytes(StandardCharsets.UTF_8), true);
    }

    Request invalidUnicode(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        String pointer = leafPointer(record, random);
        if (random.nextInt(3) == 0) {
            // valid JSON, but a lone surrogate is no Unicode text
            set(record, pointer, NODES.textNode(PLACEHOLDER));
            String text = new String(bytes(record), StandardCharsets.UTF_8)
                    .replace(PLACEHOLDER, random.nextBoolean() ? "\\ud800" : "abc\\udfff");
            return withBody(valid("lone surrogate at " + pointer, operation, random),
                    text.getBytes(StandardCharsets.UTF_8), false);
        }
        set(record, pointer, NODES.textNode(PLACEHOLDER));
        byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        int pick = random.nextInt(invalid.length);
        // Jackson decodes an encoded surrogate (ED A0 80), an overlong form (C0 AF) and a code point past
        // U+10FFFF (F4 90 80 80) without complaint: those must only never break the server.
        boolean rejectedByTheParser = pick != 2 && pick != 3 && pick != 7;
        return withBody(valid("invalid UTF-8 at " + pointer, operation, random),
                replace(bytes(record), PLACEHOLDER.getBytes(StandardCharsets.UTF_8), invalid[pick]), rejectedByTheParser);
    }

    Request dateOutOfRange(Operation operation, Random random) {
        ObjectNode record = example(operation, random);
        List<String> dates = pointers(record, node -> node.isTextual() && node.asText().matches("\\d{4}-\\d{2}(-\\d{2})?"));
        String pointer = dates.isEmpty() ? leafPointer(record, random) : dates.get(random.nextInt(dates.size()));
        String[] broken = {"0000-00-00", "2023-02-30", "2023-13-01", "2023-04-31", "+10000-01-01", "-0001-01-01",
                "99999-12-31", "2024-1-1", "2024-02-29T00:00:00Z", "20240101", "2024-00-10", "1900-02-29", "2024/01/01",
                "9999999999-01-01", "0000-13-32"};
        String[] extreme = {"0001-01-01", "9999-12-31", "1582-10-10", "1900-01-01", "2099-12-31"};
        boolean breaks = random.nextBoolean();
        String value = breaks ? broken[random.nextInt(broken.length)] : extreme[random.nextInt(extreme.length)];
        set(record, pointer, NODES.textNode(value));
        return withBody(valid("date " + value + " at " + pointer, operation, random), bytes(record), breaks);
    }

    Request notAJsonObject(Operation operation, Random random) {
        byte[] record = bytes(example(operation, random));
        String text = new String(record, StandardCharsets.UTF_8);
        String[] bodies = {"", "{", "[]", "null", "\"text\"", "42", "true", "{}}", text + "garbage", text + text,
                text.substring(0, random.nextInt(text.length())), text.replaceFirst("\\{", "{\"a\":1,\"a\":2,"),
                "{'single': 'quotes'}", "{\"a\":NaN}", "/* comment */" + text, text.replace(":", "=")};
        String body = bodies[random.nextInt(bodies.length)];
        return withBody(valid("not a JSON object (" + Math.min(body.length(), 12) + " chars shown: "
                + body.substring(0, Math.min(body.length(), 12)) + ")", operation, random),
                body.getBytes(StandardCharsets.UTF_8), true);
    }

    Request wrongContentType(Operation operation, Random random) {
        Request valid = valid("", operation, random);
        String[] types = {null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "application/json; charset=nonsense",
                "garbage", "application/", "/json", "*/*", "application/octet-stream", "text/json", "application/json;;;",
                "application/json; charset=\"", "image/png"};
        String type = types[random.nextInt(types.length)];
        Map<String, String> headers = new LinkedHashMap<>(valid.headers());
        if (type == null) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", type);
        }
        // JSON is UTF-8 whatever a charset parameter says (RFC 8259), so those variants may be read
        boolean breaks = type == null || !(type.startsWith("application/json") || type.equals("*/*"));
        return new Request("content type " + type, operation, valid.method(), valid.path(), headers, valid.body(), breaks);
    }

    Request badPathId(Operation operation, Random random) {
        Request valid = valid("", operation, random);
        String existing = existingIds.getOrDefault(operation.collectionPath(), UUID.randomUUID().toString());
        String[] ids = {"not-a-uuid", "%00", "..", "%2e%2e", "%20", "1", "-1", "null", existing + "0", existing.substring(1),
                "00000000-0000-0000-0000-00000000000g", "%C3%A9%F0%9F%98%80", "%FF%FE", "x".repeat(3000),
                existing.replace("-", ""), "%7B" + existing + "%7D", existing + "%0A", "%E2%80%AE" + existing,
                UUID.randomUUID().toString(), existing.toUpperCase(), randomToken(random, 1 + random.nextInt(60))};
        int pick = random.nextInt(ids.length);
        boolean breaks = pick < ids.length - 3; // a random UUID or an upper-case one is a well-formed id
        return new Request("path id", operation, valid.method(), path(operation, ids[pick]), valid.headers(), valid.body(),
                breaks);
    }

    Request badHeader(Operation operation, Random random) {
        Request valid = valid("", operation, random);
        Map<String, String> headers = new LinkedHashMap<>(valid.headers());
        boolean breaks;
        String kind;
        switch (random.nextInt(operation.in("header").isEmpty() ? 2 : 4)) {
            case 0 -> {
                String[] auth = {null, "Bearer", "Bearer ", "Bearer wrong-key", "Basic Z292Zm9ybXM6a2V5", "bearer " + apiKey,
                        "Bearer " + apiKey + "x", "Bearer " + "k".repeat(4000), apiKey, "Bearer  " + apiKey + "  "};
                String value = auth[random.nextInt(auth.length)];
                breaks = value == null || !value.trim().replaceAll("\\s+", " ").equalsIgnoreCase("bearer " + apiKey);
                kind = "Authorization";
                if (value == null) {
                    headers.remove("Authorization");
                } else {
                    headers.put("Authorization", value);
                }
            }
            case 1 -> {
                headers.put("X-Fuzz-" + random.nextInt(100), randomToken(random, 1 + random.nextInt(2000)));
                breaks = false;
                kind = "unknown header";
            }
            default -> {
                Parameter parameter = operation.in("header").get(random.nextInt(operation.in("header").size()));
                String value = headerValue(parameter, random);
                breaks = value == null ? parameter.required() : !conforms(value, parameter.schema());
                kind = parameter.name();
                if (value == null) {
                    headers.remove(parameter.name());
                } else {
                    headers.put(parameter.name(), value);
                }
            }
        }
        return new Request("header " + kind, operation, valid.method(), valid.path(), headers, valid.body(), breaks);
    }

    Request badQuery(Operation operation, Random random) {
        Request valid = valid("", operation, random);
        List<Parameter> query = operation.in("query");
        String name;
        String value;
        boolean breaks;
        if (query.isEmpty() || random.nextInt(5) == 0) {
            name = "unexpected" + random.nextInt(10);
            value = randomToken(random, 1 + random.nextInt(30));
            breaks = false;
        } else {
            Parameter parameter = query.get(random.nextInt(query.size()));
            name = parameter.name();
            String[] values = {"", "0", "-1", "101", "abc", "1e3", "1.5", "99999999999999999999", "%00", "%FF",
                    "x".repeat(300), "MQ", "LTU", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "%E2%80%AE", "1", "50", "I-589"};
            value = values[random.nextInt(values.length)];
            // an empty value counts as an absent parameter, as servlet containers and most clients take it
            breaks = !value.isEmpty() && !conforms(decoded(value), parameter.schema());
        }
        String separator = valid.path().contains("?") ? "&" : "?";
        return new Request("query " + name, operation, valid.method(), valid.path() + separator + name + "=" + value,
                valid.headers(), valid.body(), breaks);
    }

    // ---- helpers ----

    private String headerValue(Parameter parameter, Random random) {
        String[] values = {null, "", " ", "*", "\"1\"", "W/\"1\"", "\"99999999999999999999\"", "\"-1\"", "\"abc\"",
                "garbage", "x".repeat(255), "x".repeat(256), "y".repeat(3000), "with space", "tab\there",
                UUID.randomUUID().toString(), "\"" + random.nextInt() + "\"", "%C3%A9-encoded"};
        return values[random.nextInt(values.length)];
    }

    /** Whether a parameter value meets its schema's type, bounds, length and pattern. */
    static boolean conforms(String value, JsonNode schema) {
        if (value == null) {
            return true;
        }
        switch (schema.path("type").asText("string")) {
            case "integer" -> {
                try {
                    long number = Long.parseLong(value);
                    return (!schema.has("minimum") || number >= schema.get("minimum").asLong())
                            && (!schema.has("maximum") || number <= schema.get("maximum").asLong())
                            && (!"int32".equals(schema.path("format").asText()) || number == (int) number);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case "string" -> {
                int length = value.codePointCount(0, value.length());
                return length >= schema.path("minLength").asInt(0)
                        && length <= schema.path("maxLength").asInt(Integer.MAX_VALUE)
                        && (!schema.has("pattern") || java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value).find());
            }
            default -> {
                return true;
            }
        }
    }

    private static String decoded(String value) {
        try {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String randomToken(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private Request withBody(Request request, byte[] body, boolean breaksSpec) {
        return new Request(request.kind(), request.operation(), request.method(), request.path(), request.headers(), body,
                breaksSpec);
    }

    private String anyPointer(JsonNode record, Random random) {
        List<String> all = pointers(record, node -> true);
        all.remove("");
        return all.get(random.nextInt(all.size()));
    }

    private String leafPointer(JsonNode record, Random random) {
        List<String> leaves = pointers(record, JsonNode::isValueNode);
        return leaves.get(random.nextInt(leaves.size()));
    }

    private static List<String> pointers(JsonNode record, java.util.function.Predicate<JsonNode> which) {
        List<String> pointers = new ArrayList<>();
        collect(record, "", which, pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, java.util.function.Predicate<JsonNode> which,
                                List<String> pointers) {
        if (which.test(node)) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), which, pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, which, pointers);
            }
        }
    }

    private static void set(ObjectNode record, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = record.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        String haystack = new String(in, StandardCharsets.ISO_8859_1);
        int at = haystack.indexOf(new String(what, StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + with.length);
        out.write(in, 0, at);
        out.write(with, 0, with.length);
        out.write(in, at + what.length, in.length - at - what.length);
        return out.toByteArray();
    }
}

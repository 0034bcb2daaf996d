package org.govforms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Where two JSON values differ, as JSON pointers with both sides, for a failure message a person can read. */
final class JsonDiff {

    private JsonDiff() {
    }

    static List<String> of(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        diff("", expected, actual, differences);
        return differences;
    }

    private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()
                || expected.isValueNode()) {
            if (expected == null || !expected.equals(actual)) {
                out.add(pointer + ": expected " + expected + " but read " + actual);
            }
            return;
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
            return;
        }
        Set<String> names = new TreeSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            diff(pointer + "/" + name, expected.get(name), actual.get(name), out);
        }
    }
}

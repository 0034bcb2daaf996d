package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.spec.SpecIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole server test suite (which sends every example of the spec, valid and invalid,
 * through the server, and kills and restarts it): no personal value of any example (every value the spec
 * marks x-pii: SSNs, A-Numbers, names, dates of birth, addresses, narratives), and no value the attacker tests
 * seeded into paths, property names, query strings and headers ({@link SeededPersonalValues}), appears in any
 * log line the suite produced, including the exception messages and stack traces logged in it.
 */
class PersonalDataInLogsIT {

    private static final int SHORTEST_DISTINCTIVE_VALUE = 4;

    @Test
    void noPersonalValueOfAnyExampleIsInAnyLog() throws IOException {
        Map<String, String> personal = personalValues();
        List<Path> logs = logs();
        assertThat(personal).as("personal values to look for").hasSizeGreaterThan(20);
        assertThat(logs).as("the suite's logs (run the unit tests first: mvn verify)").isNotEmpty();

        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            personal.forEach((value, where) -> {
                if (appears(text, value)) {
                    found.add(where + " in " + log.getFileName());
                }
            });
        }
        assertThat(found).isEmpty();
    }

    /**
     * Whether the value is in the text; a value of digits only (a ZIP code, an A-Number) counts only where no
     * other digit touches it, since any run of digits (a timestamp's nanoseconds, an id) may hold it by chance.
     */
    static boolean appears(String text, String value) {
        if (!value.chars().allMatch(Character::isDigit)) {
            return text.contains(value);
        }
        return Pattern.compile("(?<![0-9])" + Pattern.quote(value) + "(?![0-9])").matcher(text).find();
    }

    /** Every x-pii value of every example, with where it comes from (never printed itself). */
    private static Map<String, String> personalValues() {
        Map<String, String> values = new TreeMap<>();
        for (SpecExamples.Example example : SpecExamples.examples("")) {
            String schema = SpecExamples.schemaOf(example.name());
            if (schema != null) {
                collect(example.value(), "", schema, example.name(), values);
            }
        }
        SeededPersonalValues.ALL.forEach(value -> values.put(value, "a value the attacker tests seeded"));
        return values;
    }

    private static void collect(JsonNode node, String pointer, String schema, String example, Map<String, String> values) {
        if (node.isObject()) {
            node.properties().forEach(f -> collect(f.getValue(), pointer + "/" + f.getKey(), schema, example, values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, schema, example, values);
            }
        } else if (node.isTextual() && node.asText().length() >= SHORTEST_DISTINCTIVE_VALUE
                && SpecIndex.bundled().locate(schema, pointer).pii() != null) {
            values.putIfAbsent(node.asText(), example + pointer);
        }
    }

    private static List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path folder : List.of(Path.of("target", "surefire-reports"), Path.of("target", "test-server-logs"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith("-output.txt") || f.toString().endsWith(".log")).forEach(logs::add);
                }
            }
        }
        return logs;
    }
}

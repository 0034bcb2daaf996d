package org.govforms.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle in the jar reads the same in every tool: YAML 1.1 loaders find strings, not dates, and the JSON is the YAML. */
class BundleFormatsTest {

    @Test
    void aYaml11LoaderReadsEveryDateOfTheBundleAsAString() throws IOException {
        Object spec;
        try (InputStream in = resource("govforms/openapi.yaml")) {
            spec = new Yaml().load(in);
        }
        List<String> dates = new ArrayList<>();
        collectNonText(spec, "", dates);
        assertThat(dates).isEmpty();
    }

    @Test
    void theJsonBundleIsTheYamlBundle() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode fromYaml;
        JsonNode fromJson;
        try (InputStream y = resource("govforms/openapi.yaml"); InputStream j = resource("govforms/openapi.json")) {
            fromYaml = yaml.readTree(y);
            fromJson = json.readTree(j);
        }
        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.path("paths")).hasSizeGreaterThan(20);
    }

    @Test
    void noSchemaHasAFractionalMultipleOf() {
        List<String> fractional = new ArrayList<>();
        BundledSpec.tree().findParents("multipleOf").forEach(schema -> {
            if (schema.path("multipleOf").decimalValue().stripTrailingZeros().scale() > 0) {
                fractional.add(schema.toString());
            }
        });
        assertThat(fractional).as("validators in floating point refuse correct values of these").isEmpty();
    }

    private static void collectNonText(Object node, String where, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectNonText(value, where + "/" + key, found));
        } else if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object value : list) {
                collectNonText(value, where + "/" + i++, found);
            }
        } else if (node instanceof java.util.Date) {
            found.add(where);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundleFormatsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}

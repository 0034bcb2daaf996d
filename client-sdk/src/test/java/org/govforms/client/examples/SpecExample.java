package org.govforms.client.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.spec.SpecIndex;

/** Reads a record from the examples of the specification that ships in the api-spec jar. */
final class SpecExample {

    private SpecExample() {
    }

    static <T> T read(String exampleName, Class<T> type) {
        try (InputStream in = SpecExample.class.getClassLoader().getResourceAsStream(SpecIndex.SPEC_RESOURCE)) {
            JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonNode value = spec.path("components").path("examples").path(exampleName).path("value");
            ObjectMapper json = GovFormsJson.newObjectMapper();
            return json.treeToValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.govforms.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundle as every tool reads it alike: {@code govforms/openapi.json}, and {@code govforms/openapi.yaml}
 * with every string quoted, so that YAML 1.1 loaders (PyYAML, js-yaml, SnakeYAML's defaults) read a date such
 * as 2025-01-11 as the string it is, not as a date object. Run by the build after the bundle (exec-maven-plugin).
 */
public final class BundleFormats {

    private BundleFormats() {
    }

    /** Arguments: the bundled spec, the classes folder whose govforms/openapi.yaml and .json it writes. */
    public static void main(String[] args) throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(Path.of(args[0]).toFile());
        Path folder = Files.createDirectories(Path.of(args[1]).resolve("govforms"));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(folder.resolve("openapi.json").toFile(), spec);
        YAMLFactory quoted = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build();
        new ObjectMapper(quoted).writeValue(folder.resolve("openapi.yaml").toFile(), spec);
    }
}

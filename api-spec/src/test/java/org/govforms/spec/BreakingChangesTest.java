package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled spec stays compatible with the last released one (api-spec/released/openapi-&lt;version&gt;.yaml,
 * the highest version there): openapi-diff finds no change that breaks a client or a sender built against
 * it. Adding families, operations and optional properties is fine; removing or renaming them, or requiring
 * something new, fails the build until it is released as a new major version.
 */
class BreakingChangesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path temp;

    @Test
    void theBundledSpecBreaksNothingOfTheLastRelease() {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(lastRelease().toUri().toString(), BundledSpec.url().toString());

        assertThat(diff.isIncompatible()).as(() -> "incompatible with " + lastRelease().getFileName() + ":\n" + render(diff))
                .isFalse();
    }

    @Test
    void theCheckCatchesARemovedProperty() {
        assertThat(compareReleaseWith(spec -> {
            ObjectNode schema = firstRequestBodySchema(spec);
            String property = schema.path("required").path(0).asText();
            ((ObjectNode) schema.path("properties")).remove(property);
            ArrayNode required = (ArrayNode) schema.path("required");
            required.remove(0);
        }).isIncompatible()).isTrue();
    }

    @Test
    void theCheckCatchesANewRequiredProperty() {
        assertThat(compareReleaseWith(spec -> {
            ObjectNode schema = firstRequestBodySchema(spec);
            ((ObjectNode) schema.path("properties")).putObject("newlyRequired").put("type", "string").put("maxLength", 10);
            (schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required")).add("newlyRequired");
        }).isIncompatible()).isTrue();
    }

    @Test
    void theCheckCatchesARemovedOperation() {
        assertThat(compareReleaseWith(spec -> {
            ObjectNode paths = (ObjectNode) spec.path("paths");
            paths.remove(paths.fieldNames().next());
        }).isIncompatible()).isTrue();
    }

    @Test
    void aNewOptionalPropertyIsCompatible() {
        assertThat(compareReleaseWith(spec -> ((ObjectNode) firstRequestBodySchema(spec).path("properties"))
                .putObject("newlyOptional").put("type", "string").put("maxLength", 10)).isIncompatible()).isFalse();
    }

    /** The highest released version kept in api-spec/released. */
    static Path lastRelease() {
        try (Stream<Path> files = Files.list(Path.of("released"))) {
            return files.filter(f -> f.getFileName().toString().matches("openapi-\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .max(Comparator.comparing(BreakingChangesTest::version))
                    .orElseThrow(() -> new IllegalStateException("no released spec in api-spec/released"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(Path file) {
        String[] parts = file.getFileName().toString().replaceAll("openapi-|\\.yaml", "").split("\\.");
        return String.format("%06d%06d%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The released spec against a copy of itself with one change. */
    private ChangedOpenApi compareReleaseWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode spec = (ObjectNode) YAML.readTree(lastRelease().toFile());
            change.accept(spec);
            Path changed = temp.resolve("changed.yaml");
            YAML.writeValue(changed.toFile(), spec);
            return OpenApiCompare.fromLocations(lastRelease().toUri().toString(), changed.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema (in components) of the first operation's request body that has one. */
    private static ObjectNode firstRequestBodySchema(JsonNode spec) {
        for (JsonNode path : spec.path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode media : operation.path("requestBody").path("content")) {
                    String ref = media.path("schema").path("$ref").asText();
                    if (!ref.isEmpty()) {
                        return (ObjectNode) spec.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
                    }
                }
            }
        }
        throw new IllegalStateException("no operation takes a body");
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

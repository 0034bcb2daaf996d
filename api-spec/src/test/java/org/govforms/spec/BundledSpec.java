package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/** The bundled specification as the api-spec jar ships it. */
final class BundledSpec {

    static final String RESOURCE = "govforms/openapi.yaml";
    /** The catalogue's schema rules that no schema keyword can say, so the domain checks them (see their enforcement). */
    static final java.util.Set<String> DOMAIN_CHECKED_RULES = java.util.Set.of("schema:multipleOf", "schema:dateRange",
            "schema:text", "schema:numberSize");

    private BundledSpec() {
    }

    static URL url() {
        URL url = BundledSpec.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " was not bundled");
        }
        return url;
    }

    static JsonNode tree() {
        try (InputStream in = url().openStream()) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

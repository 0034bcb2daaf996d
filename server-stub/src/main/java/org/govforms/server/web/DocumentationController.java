package org.govforms.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.govforms.domain.spec.SpecIndex;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bundled specification at /openapi.yaml and /openapi.json, and the interactive reference page over it at /docs. */
@RestController
class DocumentationController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final byte[] specification = read(SpecIndex.SPEC_RESOURCE);
    private final byte[] specificationJson = read("govforms/openapi.json");
    private final byte[] docsPage = read("govforms/docs.html");

    @GetMapping("/openapi.yaml")
    ResponseEntity<byte[]> specification() {
        return ResponseEntity.ok().contentType(YAML).body(specification);
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> specificationJson() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(specificationJson);
    }

    @GetMapping({"/docs", "/docs/"})
    ResponseEntity<byte[]> docs() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(docsPage);
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentationController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

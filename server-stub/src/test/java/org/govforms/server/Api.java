package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.govforms.domain.SpecExamples;

/**
 * Plain HTTP calls to a running server, as any client in any language makes them. Every answer to an
 * operation of the spec is checked against that operation (status, headers, content type and body): a test
 * fails on the first answer that breaks the contract, see {@link ResponseContract}.
 */
public final class Api {

    public static final String DEV_KEY = "govforms-dev-key";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String apiKey;

    public Api(int port, String apiKey) {
        this.baseUrl = "http://localhost:" + port;
        this.apiKey = apiKey;
    }

    public record Answer(int status, String contentType, String body, HttpResponse<String> response) {
        public JsonNode json() {
            try {
                return SpecExamples.json().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** An answer whose body is a file (a PDF), or a problem as bytes. */
    public record FileAnswer(int status, String contentType, byte[] body, HttpResponse<byte[]> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return SpecExamples.json().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** GET with an Accept header, the body read as bytes. */
    public FileAnswer getFile(String path, String accept) {
        HttpRequest.Builder builder = request(path).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return sendForFile(builder);
    }

    /** POST of a file (a filled PDF form) with its content type. */
    public Answer postFile(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private FileAnswer sendForFile(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ResponseContract.checkBinary(request.method(), request.uri().getRawPath(), response);
            return new FileAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer post(String path, String ifMatch, byte[] body) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer put(String path, String ifMatch, byte[] body) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer postWithKey(String path, String idempotencyKey, byte[] body) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ResponseContract.check(request.method(), request.uri().getRawPath(), response);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

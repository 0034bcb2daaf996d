package org.govforms.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.govforms.model.Problem;

/** Turns every error answer into a {@link GovFormsApiException}, reading its problem+json body. */
final class ProblemDecoder implements ErrorDecoder {

    private final ObjectMapper mapper;

    ProblemDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Problem problem = null;
        if (response.body() != null) {
            try (InputStream body = response.body().asInputStream()) {
                problem = mapper.readValue(body, Problem.class);
            } catch (IOException | RuntimeException unreadable) {
                problem = null;
            }
        }
        if (problem == null) {
            problem = new Problem().type("about:blank").title(response.reason() == null ? "HTTP error" : response.reason())
                    .status(response.status());
        }
        return GovFormsApiException.of(response.status(), problem);
    }
}

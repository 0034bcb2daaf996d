package org.govforms.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.model.Problem;
import org.govforms.model.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problems GovForms answers with; none ever holds a submitted value. Their {@code instance}
 * is the id of the request (the access log names it too), never the path the client sent.
 */
@Component
public class ProblemWriter {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    /** Set on a request that the firewall refused: nothing of its path may be used. */
    public static final String REJECTED = ProblemWriter.class.getName() + ".rejected";
    private static final String TYPE_PREFIX = "urn:govforms:problem:";

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static Problem problem(HttpServletRequest request, HttpStatus status, String type, String title, String detail) {
        return new Problem()
                .type(TYPE_PREFIX + type)
                .title(title)
                .status(status.value())
                .detail(detail)
                .instance(RequestId.of(request));
    }

    public static Problem invalid(HttpServletRequest request, List<Violation> violations) {
        int count = violations.size();
        String detail = count > Violations.MAX_PER_ANSWER
                ? count + " violations, of which the first " + Violations.MAX_PER_ANSWER + " are listed (errors first);"
                        + " see violations for where and what to do. Nothing was stored."
                : count + (count == 1 ? " violation" : " violations")
                        + "; see violations for where and what to do. Nothing was stored.";
        return problem(request, HttpStatus.BAD_REQUEST, "invalid-record", "The record breaks the rules of its form", detail)
                .violations(Violations.capped(violations));
    }

    public static ResponseEntity<Problem> entity(Problem problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
    }

    /** For answers written outside Spring MVC (security, limits, the error page). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                      String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        mapper.writeValue(response.getOutputStream(), problem(request, status, type, title, detail));
    }
}

package org.govforms.client;

import java.util.List;
import java.util.stream.Collectors;
import org.govforms.model.Problem;
import org.govforms.model.Violation;

/**
 * An error answer of the server: its status and problem, with the violations of a rejected record. The
 * message names pointers, rules and codes only, never a value of the record.
 */
public class GovFormsApiException extends GovFormsException {

    private final int status;
    private final transient Problem problem;

    public GovFormsApiException(int status, Problem problem) {
        super(describe(status, problem));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    public List<Violation> violations() {
        return problem.getViolations() == null ? List.of() : problem.getViolations();
    }

    /** The exception of the right kind for an error answer. */
    static GovFormsApiException of(int status, Problem problem) {
        return switch (status) {
            case 400 -> new ValidationException(problem);
            case 401, 403 -> new AuthenticationException(status, problem);
            case 404 -> new NotFoundException(problem);
            case 412 -> new PreconditionFailedException(problem);
            case 409, 422, 428 -> new ConflictException(status, problem);
            case 429 -> new RateLimitedException(problem);
            default -> status >= 500 ? new ServerException(status, problem) : new GovFormsApiException(status, problem);
        };
    }

    private static String describe(int status, Problem problem) {
        String text = status + " " + problem.getTitle();
        if (problem.getViolations() != null && !problem.getViolations().isEmpty()) {
            text += ": " + problem.getViolations().stream()
                    .map(v -> v.getCode() + " at " + (v.getPointer().isEmpty() ? "/" : v.getPointer()) + " (" + v.getRule() + ")")
                    .collect(Collectors.joining(", "));
        }
        return text;
    }
}

package org.govforms.server.web;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.govforms.domain.JsonInputErrors;
import org.govforms.model.Problem;
import org.govforms.server.records.BadRequestException;
import org.govforms.server.records.InvalidRecordException;
import org.govforms.server.records.ProblemException;
import org.govforms.server.records.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error the API answers is application/problem+json. A client mistake is always a 4xx that says
 * what to do; the submitted values are never repeated, and nothing about them is logged.
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Routes routes;

    ProblemAdvice(Routes routes) {
        this.routes = routes;
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<Problem> invalidRecord(InvalidRecordException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.invalid(request, e.violations()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
                                       HandlerMethod handler) {
        Class<?> recordType = bodyType(handler);
        if (e.getCause() instanceof JacksonException jackson && recordType != null) {
            return ProblemWriter.entity(ProblemWriter.invalid(request, List.of(JsonInputErrors.of(jackson, recordType))));
        }
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request body cannot be read", "Send the record as one JSON object in the request body."));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Problem> refused(ProblemException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.valueOf(e.status()), e.type(), e.title(),
                e.getMessage()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Problem> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        if (HttpHeaders.IF_MATCH.equalsIgnoreCase(e.getHeaderName())) {
            return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.PRECONDITION_REQUIRED,
                    "precondition-required", "If-Match is required", "Send the record's ETag, as you read it, in If-Match."));
        }
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.BAD_REQUEST, "bad-request",
                "The request cannot be served", "The header " + e.getHeaderName() + " is required."));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Problem> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.NOT_FOUND, "not-found", "No such record",
                "No record with this id exists."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Problem> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.NOT_FOUND, "not-found", "No such resource",
                "Nothing is served at this path; see /openapi.yaml for the operations."));
    }

    @ExceptionHandler({BadRequestException.class})
    ResponseEntity<Problem> badRequest(BadRequestException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.BAD_REQUEST, "bad-request",
                "The request cannot be served", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = e.getRequiredType() == java.util.UUID.class
                ? e.getName() + " is a record id as the server gave it (a UUID)."
                : e.getName() + " does not have the type the specification gives.";
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.BAD_REQUEST, "bad-request",
                "The request cannot be served", detail));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.BAD_REQUEST, "bad-request",
                "The request cannot be served", e.getParameterName() + " is required."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type", "Unsupported media type", e.getSupportedMediaTypes().contains(MediaType.APPLICATION_PDF)
                        ? "Send the filled form as application/pdf." : "Send the record as application/json."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "Not acceptable", "GovForms answers with application/json and application/problem+json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        Set<org.springframework.http.HttpMethod> allowed = e.getSupportedHttpMethods();
        HttpHeaders headers = new HttpHeaders();
        if (allowed != null) {
            headers.setAllow(allowed);
        }
        Problem problem = ProblemWriter.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed", "This path does not take " + e.getMethod() + "; see the Allow header.");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The client went away before the answer was written: there is no one to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        LOG.debug("Client closed the connection before the answer was written");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
            return ProblemWriter.entity(ProblemWriter.problem(request, status, "bad-request", status.getReasonPhrase(),
                    "The request cannot be served as sent; see /openapi.yaml for what this operation takes."));
        }
        // The exception's class and the route only: a message may quote a record, a path may hold anything.
        LOG.error("Unexpected {} on {} {} {}", e.getClass().getName(), Routes.methodOf(request), routes.of(request),
                RequestId.of(request));
        return ProblemWriter.entity(ProblemWriter.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal server error", "The server could not complete the request; nothing was stored."));
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        if (handler == null) {
            return null;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }
}

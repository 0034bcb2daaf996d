package org.govforms.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.govforms.model.Problem;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An error the container reports by status alone (sendError) is a problem too, not Spring Boot's error JSON. */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is4xxClientError()
                ? "The request cannot be served as sent; see /openapi.yaml for the operations and what they take."
                : "The server could not complete the request; nothing was stored.";
        return ProblemWriter.entity(ProblemWriter.problem(request, status,
                status.is4xxClientError() ? "bad-request" : "internal-error", status.getReasonPhrase(), detail));
    }
}

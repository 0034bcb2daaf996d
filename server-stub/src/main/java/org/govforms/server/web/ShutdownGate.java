package org.govforms.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the server is asked to stop (SIGTERM), it takes no new request, not even on a connection kept alive:
 * such a request is answered 503 with {@code Retry-After} and the connection is closed, so the client sends it
 * to another server or again later. The requests already in flight finish as usual (Spring Boot's graceful
 * shutdown waits for them, then the database is closed).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ShutdownGate extends OncePerRequestFilter implements ApplicationListener<ContextClosedEvent> {

    private final ProblemWriter problems;
    private volatile boolean stopping;

    ShutdownGate(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!stopping) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "shutting-down", "The server is stopping",
                "This server is stopping and took nothing of the request; send it again.");
    }
}

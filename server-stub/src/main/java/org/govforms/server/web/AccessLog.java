package org.govforms.server.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request: method, route template, status, duration and request id. Never the path as sent (a
 * mistyped id may be an SSN), the query string (a search may name a student), the headers (credentials) or a
 * body (personal data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger("org.govforms.access");

    private final Routes routes;

    AccessLog(Routes routes) {
        this.routes = routes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String requestId = RequestId.of(request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                // the body is still arriving (RequestBodies): the answer comes later
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        log(request, response, start, requestId);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                log(request, response, start, requestId);
            }
        }
    }

    private void log(HttpServletRequest request, HttpServletResponse response, long start, String requestId) {
        LOG.info("{} {} {} {}ms {}", Routes.methodOf(request), routes.of(request), response.getStatus(),
                (System.nanoTime() - start) / 1_000_000, requestId);
    }
}

package org.govforms.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The route a request took, as its template ({@code /v1/i589-applications/{applicationId}}): what logs may
 * say of a path. The path as sent may hold anything a client typed, so it is never written anywhere.
 */
@Component
public class Routes {

    static final String REJECTED = "[rejected path]";
    static final String UNKNOWN = "[unknown path]";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    private final RequestMappingHandlerMapping mappings;
    private volatile List<PathPattern> patterns;

    Routes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    public String of(HttpServletRequest request) {
        if (request.getAttribute(ProblemWriter.REJECTED) != null) {
            return REJECTED;
        }
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
            return pattern;
        }
        PathContainer path = PathContainer.parsePath(request.getServletPath() + nullToEmpty(request.getPathInfo()));
        return patterns().stream().filter(pattern -> pattern.matches(path)).findFirst()
                .map(PathPattern::getPatternString).orElse(UNKNOWN);
    }

    /** The method, when it is one of HTTP's; any other word a client sends could be anything. */
    public static String methodOf(HttpServletRequest request) {
        return METHODS.contains(request.getMethod()) ? request.getMethod() : "[other method]";
    }

    private List<PathPattern> patterns() {
        if (patterns == null) {
            patterns = mappings.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                    .sorted()
                    .toList();
        }
        return patterns;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

package org.govforms.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The tenant of the API key that authenticated the current request. */
@Component
public class Caller {

    static final String TENANT = Caller.class.getName() + ".tenant";

    public String tenant() {
        Object tenant = RequestContextHolder.currentRequestAttributes().getAttribute(TENANT, RequestAttributes.SCOPE_REQUEST);
        if (tenant == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return (String) tenant;
    }

    static void authenticate(HttpServletRequest request, String tenant) {
        request.setAttribute(TENANT, tenant);
    }
}

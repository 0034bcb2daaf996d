package org.govforms.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller whose API key authenticated the current request. */
@Component
public class Caller {

    public String tenant() {
        return current().tenant();
    }

    /** Which of the tenant's keys sent the request (never the key itself). */
    public String keyId() {
        return current().keyId();
    }

    private static ApiKeyCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyCaller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller on this request");
    }
}

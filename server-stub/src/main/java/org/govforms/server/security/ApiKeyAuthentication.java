package org.govforms.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * {@code Authorization: Bearer <api key>}, as Spring Security sees it: the converter takes the key from the
 * header, the provider finds its tenant. The key itself is dropped as soon as it is checked.
 */
final class ApiKeyAuthentication {

    private static final String BEARER = "Bearer ";

    private ApiKeyAuthentication() {
    }

    /** The presented key, not yet checked. */
    static final class Presented extends AbstractAuthenticationToken {
        private final transient String apiKey;

        Presented(String apiKey) {
            super(null);
            this.apiKey = apiKey;
        }

        @Override
        public Object getCredentials() {
            return apiKey;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }

    /** A checked key: its caller is the principal. */
    static final class Checked extends AbstractAuthenticationToken {
        private final ApiKeyCaller caller;

        Checked(ApiKeyCaller caller) {
            super(List.of(new SimpleGrantedAuthority("TENANT")));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public ApiKeyCaller getPrincipal() {
            return caller;
        }
    }

    static AuthenticationConverter converter() {
        return ApiKeyAuthentication::presentedKey;
    }

    static Presented presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return new Presented(authorization.substring(BEARER.length()).trim());
    }

    static AuthenticationProvider provider(ApiKeys apiKeys) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return apiKeys.callerOf((String) authentication.getCredentials())
                        .map(Checked::new)
                        .orElseThrow(() -> new BadCredentialsException("unknown API key"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return Presented.class.isAssignableFrom(authentication);
            }
        };
    }
}

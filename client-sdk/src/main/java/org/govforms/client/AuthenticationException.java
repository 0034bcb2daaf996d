package org.govforms.client;

import org.govforms.model.Problem;

/** The API key is missing, unknown or not allowed (401, 403). */
public class AuthenticationException extends GovFormsApiException {

    public AuthenticationException(int status, Problem problem) {
        super(status, problem);
    }
}

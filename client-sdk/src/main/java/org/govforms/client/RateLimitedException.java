package org.govforms.client;

import org.govforms.model.Problem;

/** The server asks the client to slow down; the SDK already waited and retried as configured. */
public class RateLimitedException extends GovFormsApiException {

    public RateLimitedException(Problem problem) {
        super(429, problem);
    }
}

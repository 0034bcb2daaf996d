package org.govforms.client;

import org.govforms.model.Problem;

/** The server failed (5xx); the SDK already retried requests that are safe to repeat. */
public class ServerException extends GovFormsApiException {

    public ServerException(int status, Problem problem) {
        super(status, problem);
    }
}

package org.govforms.client;

import org.govforms.model.Problem;

/** The record was rejected; violations() says where and why. */
public class ValidationException extends GovFormsApiException {

    public ValidationException(Problem problem) {
        super(400, problem);
    }
}

package org.govforms.client;

import org.govforms.model.Problem;

/** No record with this id exists for the caller (another tenant's records are not found either). */
public class NotFoundException extends GovFormsApiException {

    public NotFoundException(Problem problem) {
        super(404, problem);
    }
}

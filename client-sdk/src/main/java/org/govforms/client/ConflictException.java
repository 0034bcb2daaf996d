package org.govforms.client;

import org.govforms.model.Problem;

/** The request conflicts with the record's state: another request with the same Idempotency-Key in flight (409), the key used for another body (422), a missing If-Match (428), or a stale ETag (412, as PreconditionFailedException). */
public class ConflictException extends GovFormsApiException {

    public ConflictException(int status, Problem problem) {
        super(status, problem);
    }
}

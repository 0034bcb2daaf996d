package org.govforms.client;

import org.govforms.model.Problem;

/** The record changed since this client read it: read it again, reapply the change and replace again. */
public class PreconditionFailedException extends ConflictException {

    public PreconditionFailedException(Problem problem) {
        super(412, problem);
    }
}

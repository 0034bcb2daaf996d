package org.govforms.pdf;

import java.util.List;
import org.govforms.model.Violation;

/** A record with errors is not put on an official form; its violations say what to correct (never a value). */
public final class RecordNotFillableException extends RuntimeException {

    private final transient List<Violation> violations;

    public RecordNotFillableException(List<Violation> violations) {
        super("The record breaks " + violations.size() + " rule(s) of its form; it is not filled. See the violations.");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

package org.govforms.server.records;

import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.model.Violation;

/** The record breaks rules of its form; nothing was stored. Carries the violations, never the values. */
public class InvalidRecordException extends RuntimeException {

    /** The most violations one answer lists (the spec's maxItems of Problem.violations). */
    public static final int MAX_VIOLATIONS = 1000;

    private final transient List<Violation> violations;

    /** Every obstacle the record has, up to {@value #MAX_VIOLATIONS}, in pointer order. */
    public InvalidRecordException(List<Violation> violations) {
        super(violations.size() + " violation(s)");
        this.violations = violations.stream().distinct().sorted(Violations.ORDER).limit(MAX_VIOLATIONS).toList();
    }

    public List<Violation> violations() {
        return violations;
    }
}

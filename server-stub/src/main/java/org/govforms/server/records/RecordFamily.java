package org.govforms.server.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govforms.model.Violation;

/**
 * A family of records the server keeps, e.g. I-589 applications: the collection its records are stored
 * in (a sub-resource names its parent, e.g. {@code i914-applications/<id>/derivatives}), the generated
 * model class, the rules that need more than the record (other records, the clock), the read-only
 * properties the server computes on every read, and the stored records that depend on a record and must stay
 * valid when it changes.
 */
public record RecordFamily<T>(String collection, Class<T> type, ContextRules<T> contextRules, Computed<T> computed,
                              Dependents<T> dependents) {

    public RecordFamily(String collection, Class<T> type) {
        this(collection, type, (record, context) -> List.of(), (record, today) -> record, (record, context) -> List.of());
    }

    public RecordFamily<T> withContextRules(ContextRules<T> rules) {
        return new RecordFamily<>(collection, type, rules, computed, dependents);
    }

    /** These rules as well as the family's own (e.g. the move between an audit's phases, on a replacement). */
    public RecordFamily<T> andContextRules(ContextRules<T> more) {
        ContextRules<T> own = contextRules;
        return withContextRules((record, context) -> {
            List<Violation> violations = new ArrayList<>(own.check(record, context));
            violations.addAll(more.check(record, context));
            return violations;
        });
    }

    public RecordFamily<T> withComputed(Computed<T> computed) {
        return new RecordFamily<>(collection, type, contextRules, computed, dependents);
    }

    public RecordFamily<T> withDependents(Dependents<T> dependents) {
        return new RecordFamily<>(collection, type, contextRules, computed, dependents);
    }

    /** The same family stored under another collection (a sub-resource of another parent record). */
    public RecordFamily<T> in(String collection) {
        return new RecordFamily<>(collection, type, contextRules, computed, dependents);
    }

    /**
     * Rules checked where their context lives: the violations of a record given the caller's other records
     * and today's date. Build them with {@code Violations.of(...)} so they name their form item.
     */
    @FunctionalInterface
    public interface ContextRules<T> {
        List<Violation> check(T record, RecordContext context);
    }

    /**
     * The stored records that depend on a record (the supplements under an I-914 application, the records under an
     * institution's policy): the errors that storing {@code proposed} would newly give each of them, each naming
     * its record in {@code recordPath}. A change with any is refused; what would only be a warning shows on the
     * dependent's next read.
     */
    @FunctionalInterface
    public interface Dependents<T> {
        List<Violation> check(T proposed, RecordContext context);
    }

    /**
     * The record with the read-only properties the server computes (due dates, overdue flags) filled from the
     * record and today. It may return a new instance: generated models have no setters for read-only properties.
     */
    @FunctionalInterface
    public interface Computed<T> {
        T compute(T record, LocalDate today);
    }
}

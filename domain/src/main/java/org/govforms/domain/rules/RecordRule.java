package org.govforms.domain.rules;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A rule of a form that a schema cannot say, checked on one record. The check names the JSON pointer of
 * every value that breaks the rule; each becomes one violation with this rule's id, code and message.
 *
 * @param id      the rule's id in the inventory and the catalogue, e.g. {@code I-589:R.5}
 * @param code    the stable code of the violation
 * @param warning true when the data cannot settle the rule, so a finding is a warning, not an error
 * @param message what is wrong and what to do, never the value
 */
public record RecordRule<T>(String id, String code, boolean warning, String message, Class<T> recordType,
                            Check<T> check) {

    @FunctionalInterface
    public interface Check<T> {
        void check(T record, Findings findings);
    }

    /** Where a check reports what it found, and what it may know besides the record. */
    public record Findings(LocalDate today, Consumer<String> violationAt) {
        public void at(String pointer) {
            violationAt.accept(pointer);
        }
    }

    public static <T> RecordRule<T> error(String id, String code, String message, Class<T> type, Check<T> check) {
        return new RecordRule<>(id, code, false, message, type, check);
    }

    public static <T> RecordRule<T> warning(String id, String code, String message, Class<T> type, Check<T> check) {
        return new RecordRule<>(id, code, true, message, type, check);
    }
}

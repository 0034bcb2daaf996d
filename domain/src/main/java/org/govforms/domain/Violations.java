package org.govforms.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.govforms.domain.rules.FormRule;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.Violation;

/**
 * Builds {@link Violation}s: where (JSON pointer), which form item, which rule, how severe, a stable code
 * and what to do. No message ever carries the submitted value.
 */
public final class Violations {

    /** Orders violations by pointer, then rule, then code, so reports are stable. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::getPointer)
            .thenComparing(Violation::getRule)
            .thenComparing(Violation::getCode);

    /** The most violations one answer lists (the specification's maxItems of a problem's violations). */
    public static final int MAX_PER_ANSWER = 1000;

    /** Checks of reading itself, never of what a form rule's schema says. */
    private static final java.util.Set<String> READING_KEYWORDS = java.util.Set.of("additionalProperties", "text", "numberSize");

    private Violations() {
    }

    /** At most {@link #MAX_PER_ANSWER} violations, errors first, each group in its order. */
    public static List<Violation> capped(List<Violation> violations) {
        if (violations.size() <= MAX_PER_ANSWER) {
            return violations;
        }
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getSeverity() != Violation.SeverityEnum.ERROR))
                .limit(MAX_PER_ANSWER)
                .toList();
    }

    public static boolean anyError(Collection<Violation> violations) {
        return violations.stream().anyMatch(v -> v.getSeverity() == Violation.SeverityEnum.ERROR);
    }

    /** A violation of a constraint of the specification (keyword such as {@code pattern}) or of a form rule. */
    public static Violation of(ConstraintViolation<?> violation, Class<?> recordType) {
        String pointer = pointerOf(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        boolean warning = violation.getConstraintDescriptor().getGroups().contains(WarningChecks.class);
        SpecIndex.Place place = SpecIndex.bundled().locate(recordType.getSimpleName(), pointer);
        if (constraint instanceof FormRule rule) {
            return violation(pointer, place.formItem(), rule.rule(), warning, rule.code(), violation.getMessage());
        }
        SchemaCheck check = SchemaCheck.of(constraint, violation.getInvalidValue());
        String rule = place.rule() != null ? place.rule() : "schema:" + check.keyword();
        return violation(pointer, place.formItem(), rule, warning, check.code(), check.message());
    }

    /** A violation found while reading the JSON, before any constraint could run. */
    public static Violation ofInput(String pointer, Class<?> recordType, String keyword, String code,
                                    String message) {
        SpecIndex.Place place = SpecIndex.bundled().locate(recordType.getSimpleName(), pointer);
        String rule = place.rule() != null && !READING_KEYWORDS.contains(keyword)
                ? place.rule() : "schema:" + keyword;
        return violation(pointer, place.formItem(), rule, false, code, message);
    }

    /**
     * A violation found by a check outside Bean Validation (a context rule of the server, with other records
     * or the clock): its form item is looked up in the spec like any other.
     */
    public static Violation of(Class<?> recordType, String pointer, String rule, boolean warning, String code,
                               String message) {
        SpecIndex.Place place = SpecIndex.bundled().locate(recordType.getSimpleName(), pointer);
        return violation(pointer, place.formItem(), rule, warning, code, message);
    }

    static Violation violation(String pointer, String formItem, String rule, boolean warning, String code,
                               String message) {
        return new Violation()
                .pointer(pointer)
                .formItem(formItem)
                .rule(rule)
                .severity(warning ? Violation.SeverityEnum.WARNING : Violation.SeverityEnum.ERROR)
                .code(code)
                .message(message);
    }

    /** a.b[2].c becomes /a/b/2/c; container-element and bean nodes add only their index. */
    static String pointerOf(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The schema keyword a generated constraint comes from, with its code and advice. */
    private record SchemaCheck(String keyword, String code, String message) {

        static SchemaCheck of(Annotation constraint, Object invalidValue) {
            if (constraint instanceof NotNull) {
                return new SchemaCheck("required", "REQUIRED", "This item is required; give it.");
            }
            if (constraint instanceof Pattern pattern) {
                return new SchemaCheck("pattern", "PATTERN_MISMATCH",
                        "Does not have the required format (" + pattern.regexp() + ").");
            }
            if (constraint instanceof Size size) {
                boolean items = invalidValue instanceof Collection<?> || invalidValue instanceof java.util.Map<?, ?>;
                int length = invalidValue instanceof Collection<?> c ? c.size()
                        : invalidValue instanceof CharSequence s ? s.length() : 0;
                boolean tooLong = length > size.max();
                if (items) {
                    return tooLong
                            ? new SchemaCheck("maxItems", "TOO_MANY_ITEMS", "Give at most " + size.max() + " entries.")
                            : new SchemaCheck("minItems", "TOO_FEW_ITEMS", "Give at least " + size.min() + " entries.");
                }
                return tooLong
                        ? new SchemaCheck("maxLength", "TOO_LONG", "Use at most " + size.max() + " characters.")
                        : new SchemaCheck("minLength", "TOO_SHORT", "Use at least " + size.min() + " characters.");
            }
            if (constraint instanceof Min min) {
                return new SchemaCheck("minimum", "OUT_OF_RANGE", "Give a number of at least " + min.value() + ".");
            }
            if (constraint instanceof Max max) {
                return new SchemaCheck("maximum", "OUT_OF_RANGE", "Give a number of at most " + max.value() + ".");
            }
            if (constraint instanceof DecimalMin min) {
                return new SchemaCheck("minimum", "OUT_OF_RANGE", "Give a number of at least " + min.value() + ".");
            }
            if (constraint instanceof DecimalMax max) {
                return new SchemaCheck("maximum", "OUT_OF_RANGE", "Give a number of at most " + max.value() + ".");
            }
            if (constraint instanceof Email) {
                return new SchemaCheck("format", "NOT_AN_EMAIL_ADDRESS", "Give an email address such as name@example.org.");
            }
            return new SchemaCheck("schema", "INVALID_VALUE", "This value is not allowed here.");
        }
    }
}

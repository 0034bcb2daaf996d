package org.govforms.domain;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.govforms.model.Violation;

/**
 * Turns what Jackson could not read (malformed JSON, a wrong type, an unknown property, a value outside an
 * enumeration, an impossible date, too deep a nesting) into a violation at its JSON pointer. Jackson's own
 * messages are never passed on, because they quote the input.
 */
public final class JsonInputErrors {

    /** A camelCase name like the form's own; anything else may be a value typed in the wrong place. */
    private static final Pattern PLAUSIBLE_NAME = Pattern.compile("[a-z][A-Za-z]{0,59}[0-9]{0,2}");

    private JsonInputErrors() {
    }

    public static Violation notAnObject(Class<?> recordType) {
        return Violations.ofInput("", recordType, "type", "NOT_AN_OBJECT", "Send the record as one JSON object.");
    }

    public static Violation of(JacksonException e, Class<?> type) {
        if (e instanceof StreamConstraintsException) {
            return Violations.ofInput("", type, "type", "TOO_DEEPLY_NESTED",
                    "The JSON is nested deeper than " + GovFormsJson.MAX_NESTING_DEPTH + " levels.");
        }
        if (e instanceof JsonParseException parse) {
            return Violations.ofInput("", type, "type", "MALFORMED_JSON",
                    "The body is not well-formed JSON (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + ").");
        }
        if (e instanceof JsonMappingException mapping) {
            return violationOf(mapping, type);
        }
        return Violations.ofInput("", type, "type", "MALFORMED_JSON", "The body is not well-formed JSON.");
    }

    private static Violation violationOf(JsonMappingException e, Class<?> type) {
        String pointer = pointerOf(e.getPath());
        if (e instanceof ReadingLimits.Refused refused) {
            return Violations.ofInput(pointer, type, refused.keyword(), refused.code(), refused.advice());
        }
        if (e instanceof InvalidNullException) {
            return Violations.ofInput(pointer, type, "type", "NULL_NOT_ALLOWED",
                    "Leave the property out instead of sending null; the form has no empty value for it.");
        }
        if (e instanceof MismatchedInputException && e.getPath().isEmpty()) {
            return notAnObject(type);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            // the name is the client's own text: repeated only when it looks like a property's name
            if (PLAUSIBLE_NAME.matcher(String.valueOf(unknown.getPropertyName())).matches()) {
                return Violations.ofInput(pointer, type, "additionalProperties", "UNKNOWN_PROPERTY",
                        "This property is not part of the form; remove it or check its spelling.");
            }
            return Violations.ofInput(pointerOf(e.getPath().subList(0, e.getPath().size() - 1)), type,
                    "additionalProperties", "UNKNOWN_PROPERTY",
                    "A property of this object is not part of the form; remove it or check its spelling.");
        }
        Class<?> target = e instanceof MismatchedInputException m && m.getTargetType() != null ? m.getTargetType()
                : e instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass()
                : null;
        if (e instanceof ValueInstantiationException || (target != null && target.isEnum())) {
            if (target != null && target.isEnum()) {
                return Violations.ofInput(pointer, type, "enum", "NOT_ALLOWED_VALUE",
                        "Use one of: " + allowedValues(target) + ".");
            }
            return Violations.ofInput(pointer, type, "enum", "NOT_ALLOWED_VALUE", "This value is not one the form allows.");
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return Violations.ofInput(pointer, type, "format", "INVALID_DATE", dateAdvice(target));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return Violations.ofInput(pointer, type, "type", "WRONG_TYPE", typeAdvice(target));
        }
        return Violations.ofInput(pointer, type, "type", "WRONG_TYPE", "This value has the wrong type.");
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String dateAdvice(Class<?> target) {
        if (target == java.time.LocalDate.class) {
            return "Give a full, real date as yyyy-MM-dd.";
        }
        if (target == java.time.YearMonth.class) {
            return "Give a month as yyyy-MM.";
        }
        return "Give a date and time as yyyy-MM-ddThh:mm:ssZ.";
    }

    private static String typeAdvice(Class<?> target) {
        if (target == null) {
            return "This value has the wrong type.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Give true or false.";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "Give a number.";
        }
        if (target == String.class) {
            return "Give a string.";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "Give a list (a JSON array).";
        }
        return "Give an object with the properties of the form.";
    }

}

package org.govforms.domain.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@link RecordRule} a {@link FormRule} names and reports each finding at its JSON pointer. */
public class FormRuleValidator implements ConstraintValidator<FormRule, Object> {

    private RecordRule<Object> rule;

    @Override
    @SuppressWarnings("unchecked")
    public void initialize(FormRule annotation) {
        rule = (RecordRule<Object>) RecordRules.find(annotation.rule(), annotation.code());
    }

    @Override
    public boolean isValid(Object record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        List<String> pointers = new ArrayList<>();
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        rule.check().check(record, new RecordRule.Findings(today, pointers::add));
        if (pointers.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (String pointer : pointers) {
            addViolationAt(context.buildConstraintViolationWithTemplate(escape(rule.message())), pointer);
        }
        return false;
    }

    /** Turns a JSON pointer such as {@code /a/b/2/c} into Bean Validation property nodes a.b[2].c. */
    private static void addViolationAt(ConstraintViolationBuilder builder, String pointer) {
        String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
        NodeBuilderCustomizableContext property = null;
        NodeBuilderDefinedContext indexed = null;
        Integer pendingIndex = null;
        for (String segment : segments) {
            if (segment.chars().allMatch(Character::isDigit)) {
                pendingIndex = Integer.valueOf(segment);
                continue;
            }
            NodeBuilderCustomizableContext next;
            if (indexed != null) {
                next = indexed.addPropertyNode(segment);
            } else if (property != null) {
                next = property.addPropertyNode(segment);
            } else {
                next = builder.addPropertyNode(segment);
            }
            indexed = null;
            if (pendingIndex != null) {
                indexed = next.inIterable().atIndex(pendingIndex);
                property = null;
                pendingIndex = null;
            } else {
                property = next;
            }
        }
        if (pendingIndex != null) {
            if (property != null) {
                property.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
            } else if (indexed != null) {
                // a text in a list inside a list entry, e.g. /meetings/0/attendees/2
                indexed.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
            } else {
                throw new IllegalArgumentException("a rule pointer cannot begin with an index");
            }
        } else if (indexed != null) {
            indexed.addConstraintViolation();
        } else if (property != null) {
            property.addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }

    /** Rule messages are plain text, not message templates. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}

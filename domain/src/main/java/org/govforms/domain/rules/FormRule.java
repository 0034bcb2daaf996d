package org.govforms.domain.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;

/**
 * The Bean Validation constraint that runs one {@link RecordRule} on a record. It is attached to the
 * generated model classes by {@link GovFormsConstraintMappings}, never written on them.
 */
@Target(TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FormRuleValidator.class)
public @interface FormRule {

    /** The rule id, e.g. {@code I-589:R.5}. */
    String rule();

    /** The violation code, which tells apart the constraints of one rule. */
    String code();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

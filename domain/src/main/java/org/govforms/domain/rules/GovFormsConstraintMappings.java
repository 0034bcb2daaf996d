package org.govforms.domain.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govforms.domain.WarningChecks;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Attaches every {@link RecordRule} to its generated model class as a {@link FormRule} constraint, so the
 * generated code is never edited. Registered programmatically, on GovForms' own validator and on the server's
 * ({@link org.govforms.domain.GovFormsValidator#addFormRules}); a host's own Bean Validation never sees them.
 */
public class GovFormsConstraintMappings implements ConstraintMappingContributor {

    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {
        Map<Class<?>, List<RecordRule<?>>> rulesByType = new LinkedHashMap<>();
        for (RecordRule<?> rule : RecordRules.all()) {
            rulesByType.computeIfAbsent(rule.recordType(), type -> new java.util.ArrayList<>()).add(rule);
        }
        ConstraintMapping mapping = builder.addConstraintMapping();
        rulesByType.forEach((type, rules) -> {
            TypeConstraintMappingContext<?> context = mapping.type(type);
            for (RecordRule<?> rule : rules) {
                GenericConstraintDef<FormRule> constraint = new GenericConstraintDef<>(FormRule.class)
                        .param("rule", rule.id())
                        .param("code", rule.code())
                        .message(rule.message());
                if (rule.warning()) {
                    constraint.groups(WarningChecks.class);
                }
                context.constraint(constraint);
            }
        });
    }
}

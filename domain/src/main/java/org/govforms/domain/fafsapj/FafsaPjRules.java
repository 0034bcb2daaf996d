package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.ProfessionalJudgmentRecord;

import static org.govforms.domain.rules.RecordRule.error;

/**
 * Every record rule of the FAFSA professional-judgment family (GEN-22-15): the budget rules, the request
 * rules, the institution policy rules, and the two-decimal limit of dollar amounts.
 */
public final class FafsaPjRules {

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    /**
     * MoneyAmount's two decimals at most (rule schema:multipleOf), which the spec says in words only: every amount
     * of dollars has two decimals at most.
     */
    static final RecordRule<ProfessionalJudgmentRecord> DOLLARS_AND_CENTS = error("schema:multipleOf",
            "MORE_THAN_TWO_DECIMALS", "Give an amount of dollars with two decimals at most.",
            ProfessionalJudgmentRecord.class, (record, findings) ->
                    tooPrecise(JSON.valueToTree(record), "").forEach(findings::at));

    public static final List<RecordRule<?>> ALL = Stream.of(
                    List.<RecordRule<?>>of(DOLLARS_AND_CENTS),
                    FafsaPjBudgetRules.ALL,
                    FafsaPjRequestRules.ALL,
                    FafsaPjPolicyRules.ALL)
            .flatMap(List::stream)
            .toList();

    private FafsaPjRules() {
    }

    /** The pointers of every decimal number with more than two decimals (every decimal of this family is money). */
    private static Stream<String> tooPrecise(JsonNode node, String pointer) {
        if (node.isObject()) {
            return node.properties().stream().flatMap((Map.Entry<String, JsonNode> field) ->
                    tooPrecise(field.getValue(), pointer + "/" + field.getKey()));
        }
        if (node.isArray()) {
            return Stream.iterate(0, i -> i < node.size(), i -> i + 1).flatMap(i -> tooPrecise(node.get(i), pointer + "/" + i));
        }
        if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.scale() > 2 ? Stream.of(pointer) : Stream.empty();
        }
        return Stream.empty();
    }
}

package org.govforms.domain.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govforms.model.Rule;

/**
 * Every rule of every form, with its check kind and how GovForms enforces it: one entry per inventory
 * rule id, plus the {@code schema:} rules that name the specification's own constraints.
 */
public final class RuleCatalogue {

    private static final List<String> FILES = List.of("schema", "I-589", "FAFSA-PJ", "AUDIT",
            "I-914", "I-914-SA", "I-914-SB");

    private final List<Rule> rules;

    private RuleCatalogue(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleCatalogue load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Rule> rules = new ArrayList<>();
        for (String file : FILES) {
            String resource = "govforms/rules/" + file + ".yaml";
            try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("rule catalogue file missing: " + resource);
                }
                rules.addAll(yaml.readValue(in, new TypeReference<List<Rule>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        rules.sort(Comparator.comparing(Rule::getFamily).thenComparing(RuleCatalogue::ruleNumber).thenComparing(Rule::getId));
        return new RuleCatalogue(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> rules(String family) {
        return rules.stream().filter(rule -> rule.getFamily().equals(family)).toList();
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(rule -> rule.getId().equals(id)).findFirst();
    }

    /** Orders I-589:R.2 before I-589:R.10. */
    private static long ruleNumber(Rule rule) {
        String digits = rule.getId().replaceAll("^.*\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}

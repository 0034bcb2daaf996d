package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govforms.domain.SpecExamples;
import org.govforms.model.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();

    @Test
    void everyI589InventoryRuleHasExactlyOneEntryWithItsCheckKind() throws IOException {
        JsonNode inventory = new ObjectMapper(new YAMLFactory()).readTree(inventoryFile("i589.yaml"));
        List<String> inventoryIds = new ArrayList<>();
        for (JsonNode rule : inventory.path("rules")) {
            inventoryIds.add(rule.path("id").asText());
            Rule entry = catalogue.find(rule.path("id").asText()).orElseThrow();
            assertThat(entry.getCheck().getValue()).as(entry.getId()).isEqualTo(rule.path("check").asText());
            assertThat(entry.getEnforcement()).as(entry.getId()).isNotBlank();
        }
        assertThat(catalogue.rules("I-589")).extracting(Rule::getId).containsExactlyElementsOf(inventoryIds);
    }

    @Test
    void everyRecordRuleAndEverySpecRuleReferenceHasACatalogueEntry() {
        for (RecordRule<?> rule : RecordRules.all()) {
            Rule entry = catalogue.find(rule.id()).orElseThrow(() -> new AssertionError(rule.id()));
            assertThat(entry.getEnforcement()).as(rule.id()).contains(rule.code());
        }
        Set<String> specRules = new java.util.TreeSet<>();
        SpecExamples.spec().findValues("x-rule").forEach(node -> specRules.add(node.asText()));
        assertThat(specRules).isNotEmpty().allSatisfy(id ->
                assertThat(catalogue.find(id)).as(id).isPresent());
    }

    @Test
    void noI589RuleIsPendingAnyMore() {
        assertThat(catalogue.rules("I-589")).allSatisfy(rule ->
                assertThat(rule.getEnforcement()).as(rule.getId()).doesNotContain("Pending"));
    }

    @Test
    void rulesStillPendingSaySoAndNoEnforcedRuleClaimsToBePending() {
        Set<String> enforced = RecordRules.all().stream().map(RecordRule::id).collect(Collectors.toSet());
        for (Rule rule : catalogue.rules("I-589")) {
            if (enforced.contains(rule.getId())) {
                assertThat(rule.getEnforcement()).as(rule.getId()).doesNotStartWith("Pending");
            }
        }
    }

    static File inventoryFile(String name) {
        File file = new File(System.getProperty("govforms.inventories", "../../shared/forms"), name);
        assertThat(file).as("the field inventories beside the project (../shared/forms)").exists();
        return file;
    }
}

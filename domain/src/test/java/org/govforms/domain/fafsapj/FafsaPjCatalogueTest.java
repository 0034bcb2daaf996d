package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.rules.RecordRule;
import org.govforms.domain.rules.RuleCatalogue;
import org.govforms.model.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FafsaPjCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();

    @Test
    void everyInventoryRuleHasExactlyOneEntryWithItsCheckKindItemsAndEnforcement() throws IOException {
        File file = new File(System.getProperty("govforms.inventories", "../../shared/forms"), "fafsa-pj.yaml");
        assertThat(file).as("the FAFSA-PJ field inventory beside the project").exists();
        JsonNode inventory = new ObjectMapper(new YAMLFactory()).readTree(file);
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : inventory.path("rules")) {
            Rule entry = catalogue.find(rule.path("id").asText()).orElseThrow();
            ids.add(entry.getId());
            assertThat(entry.getCheck().getValue()).as(entry.getId()).isEqualTo(rule.path("check").asText());
            assertThat(entry.getEnforcement()).as(entry.getId()).isNotBlank();
            assertThat(entry.getFormItems()).as(entry.getId()).isNotEmpty();
            if (rule.path("check").asText().equals("guidance")) {
                assertThat(entry.getEnforcement()).as(entry.getId()).startsWith("Guidance");
            }
        }
        assertThat(catalogue.rules("FAFSA-PJ")).extracting(Rule::getId).containsExactlyElementsOf(ids).hasSize(58);
    }

    @Test
    void everyFafsaRecordRuleNamesItsCodeInTheCatalogue() {
        for (RecordRule<?> rule : FafsaPjRules.ALL) {
            assertThat(catalogue.find(rule.id())).as(rule.id()).hasValueSatisfying(entry ->
                    assertThat(entry.getEnforcement()).contains(rule.code()));
        }
    }
}

package org.govforms.domain.audit;

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

class AuditCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.load();

    @Test
    void everyAuditInventoryRuleHasExactlyOneEntryWithItsCheckKind() throws IOException {
        File file = new File(System.getProperty("govforms.inventories", "../../shared/forms"), "external-audit.yaml");
        JsonNode inventory = new ObjectMapper(new YAMLFactory()).readTree(file);
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : inventory.path("rules")) {
            ids.add(rule.path("id").asText());
            Rule entry = catalogue.find(rule.path("id").asText()).orElseThrow();
            assertThat(entry.getCheck().getValue()).as(entry.getId()).isEqualTo(rule.path("check").asText());
            assertThat(entry.getEnforcement()).as(entry.getId()).isNotBlank();
        }
        assertThat(catalogue.rules("AUDIT")).extracting(Rule::getId).containsExactlyElementsOf(ids);
    }

    @Test
    void everyRecordRuleIsACheckedConstraintNamedInItsEntryAndGuidanceIsNeverChecked() {
        for (RecordRule<?> rule : AuditRules.ALL) {
            Rule entry = catalogue.find(rule.id()).orElseThrow();
            assertThat(entry.getCheck().getValue()).as(rule.id()).isEqualTo("record");
            assertThat(entry.getEnforcement()).as(rule.id()).contains(rule.code());
        }
        for (Rule entry : catalogue.rules("AUDIT")) {
            if (entry.getCheck().getValue().equals("guidance")) {
                assertThat(AuditRules.ALL).extracting(RecordRule::id).as(entry.getId()).doesNotContain(entry.getId());
                assertThat(entry.getEnforcement()).startsWith("Guidance");
            }
        }
    }
}

package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.rules.RuleCatalogue;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.Rule;
import org.govforms.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every I-914 example produces exactly the violations it declares; every I-914 rule is in the catalogue. */
class I914ExamplesAndCatalogueTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                SpecExamples.examples("I914Application").stream().map(e -> Arguments.of(e, I914Application.class)),
                SpecExamples.examples("I914Derivative").stream().map(e -> Arguments.of(e, I914DerivativeApplication.class)),
                SpecExamples.examples("I914Declaration").stream().map(e -> Arguments.of(e, I914LawEnforcementDeclaration.class)))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void producesExactlyTheDeclaredViolations(SpecExamples.Example example, Class<?> type) {
        List<Violation> violations = I914Records.violations(example.value(), type);

        assertThat(violations)
                .extracting(v -> new SpecExamples.Expected(v.getPointer(), v.getRule(), v.getSeverity().getValue()))
                .containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(violations).allSatisfy(v -> assertThat(v.getFormItem()).as(v.getPointer()).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void everyReconstructedSupplementBItemSaysItsLayoutFollowsAnEarlierEdition() throws IOException {
        File file = new File(System.getProperty("govforms.inventories", "../../shared/forms"), "i914-supplement-b.yaml");
        List<String> reconstructed = new ArrayList<>();
        for (JsonNode section : new ObjectMapper(new YAMLFactory()).readTree(file).path("sections")) {
            section.path("items").forEach(item -> {
                if (item.path("notes").asText().contains("RECONSTRUCTED")) {
                    reconstructed.add(item.path("id").asText());
                }
            });
        }
        List<String> described = new ArrayList<>();
        collectDescribed(SpecExamples.spec().path("components").path("schemas"), described);
        assertThat(reconstructed).isNotEmpty();
        assertThat(described).containsAll(reconstructed);
    }

    /** The form items of every property whose description says its layout follows an earlier edition. */
    private static void collectDescribed(JsonNode node, List<String> described) {
        if (node.isObject()) {
            if (node.path("description").asText().contains("Layout follows an earlier edition")) {
                JsonNode items = node.path("x-form-item");
                if (items.isArray()) {
                    items.forEach(item -> described.add(item.asText()));
                } else if (items.isTextual()) {
                    described.add(items.asText());
                }
            }
            node.forEach(child -> collectDescribed(child, described));
        } else if (node.isArray()) {
            node.forEach(child -> collectDescribed(child, described));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i914.yaml", "i914-supplement-a.yaml", "i914-supplement-b.yaml"})
    void everyInventoryRuleHasExactlyOneEntryWithItsCheckKind(String inventoryFile) throws IOException {
        RuleCatalogue catalogue = RuleCatalogue.load();
        File file = new File(System.getProperty("govforms.inventories", "../../shared/forms"), inventoryFile);
        JsonNode inventory = new ObjectMapper(new YAMLFactory()).readTree(file);
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : inventory.path("rules")) {
            ids.add(rule.path("id").asText());
            Rule entry = catalogue.find(rule.path("id").asText()).orElseThrow();
            assertThat(entry.getCheck().getValue()).as(entry.getId()).isEqualTo(rule.path("check").asText());
            assertThat(entry.getEnforcement()).as(entry.getId()).isNotBlank().doesNotStartWith("Pending");
        }
        assertThat(catalogue.rules(inventory.path("form").asText())).extracting(Rule::getId).containsExactlyElementsOf(ids);
    }
}

package org.govforms.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every x-form-item of the spec names an item of the field inventories beside the project. */
class FormItemsTest {

    /** The families the spec carries completely: every item of every section of theirs. */
    private static final List<String> COMPLETE_FAMILIES = List.of("I-589", "I-589-SA", "I-589-SB");

    @Test
    void everyFormItemOfTheSpecExistsInTheInventories() throws IOException {
        Set<String> inventory = inventoryItems(null);
        Set<String> used = formItemsOfSpec();

        assertThat(used).isNotEmpty();
        assertThat(new TreeSet<>(used)).allSatisfy(id -> assertThat(inventory).as("inventory item " + id).contains(id));
    }

    @Test
    void theSpecCarriesEveryItemOfTheSectionsItCovers() throws IOException {
        Set<String> used = formItemsOfSpec();
        for (String item : inventoryItems(null)) {
            if (COMPLETE_FAMILIES.contains(item.substring(0, item.indexOf(':')))) {
                assertThat(used).as(item).contains(item);
            }
        }
    }

    @Test
    void everyFormPropertyWithPersonalDataSaysWhichKind() {
        Set<String> allowed = Set.of("ssn", "a-number", "account-number", "travel-document", "name", "date-of-birth",
                "contact", "address", "narrative", "signature", "health", "criminal-history", "demographic");
        BundledSpec.tree().findValues("x-pii").forEach(kind -> assertThat(allowed).contains(kind.asText()));
    }

    private static Set<String> formItemsOfSpec() {
        Set<String> used = new HashSet<>();
        for (JsonNode value : BundledSpec.tree().findValues("x-form-item")) {
            if (value.isArray()) {
                value.forEach(item -> used.add(item.asText()));
            } else {
                used.add(value.asText());
            }
        }
        return used;
    }

    /** Every item id of every inventory, or of one section only. */
    private static Set<String> inventoryItems(String sectionId) throws IOException {
        File folder = new File(System.getProperty("govforms.inventories", "../../shared/forms"));
        File[] files = folder.listFiles((dir, name) -> name.endsWith(".yaml"));
        assertThat(files).as("the field inventories in " + folder).isNotEmpty();
        Set<String> ids = new HashSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (File file : files) {
            for (JsonNode section : yaml.readTree(file).path("sections")) {
                if (sectionId == null || section.path("id").asText().equals(sectionId)) {
                    section.path("items").forEach(item -> ids.add(item.path("id").asText()));
                }
            }
        }
        return ids;
    }
}

package org.govforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.pdf.form.Boxes;
import org.govforms.pdf.form.Boxes.Box;
import org.govforms.pdf.form.FormDefinition;
import org.govforms.pdf.form.FormDefinition.Column;
import org.govforms.pdf.form.FormDefinition.NotFilled;
import org.govforms.pdf.form.FormDefinition.RowGroup;
import org.govforms.pdf.form.FormDefinition.Single;
import org.junit.jupiter.api.Test;

/**
 * The I-589 definition covers the form both ways: every box of the PDF (its field list beside the project)
 * holds an item or is left empty for a stated reason, and every item of the inventory that the form prints
 * has its box; each mapped place of the record is the item the spec says it is.
 */
class I589FormCoverageTest {

    private static final Path FORMS = Path.of(System.getProperty("govforms.inventories", "../../shared/forms"));
    private final FormDefinition form = I589Pdf.form().definition();

    @Test
    void everyDataFieldOfThePdfIsMappedOrLeftEmptyForAReason() throws IOException {
        Map<String, String> fields = pdfFields();
        assertThat(fields).hasSize(460);
        List<String> mapped = Boxes.all(form);
        List<String> notFilled = form.notFilled().stream().map(NotFilled::box).toList();
        List<String> barcodes = fields.keySet().stream().filter(name -> name.startsWith(form.barcodePrefix())).toList();

        assertThat(mapped).doesNotHaveDuplicates();
        assertThat(fields.keySet()).containsAll(mapped).containsAll(notFilled);
        assertThat(barcodes).hasSize(12);
        Set<String> accounted = new HashSet<>(mapped);
        accounted.addAll(notFilled);
        accounted.addAll(barcodes);
        assertThat(fields.keySet()).allMatch(accounted::contains, "mapped, left empty or a barcode");
        assertThat(mapped.size() + notFilled.size()).isEqualTo(448);
        assertThat(mapped).hasSize(434);
        assertThat(form.notFilled()).allMatch(box -> !box.why().isBlank());
    }

    @Test
    void checkboxesAndTextBoxesAreMappedAsWhatTheyAre() throws IOException {
        Map<String, String> fields = pdfFields();
        for (Single single : form.singles()) {
            single.boxes().forEach(box -> assertThat(fields.get(box)).as(box).startsWith("text"));
            single.choices().values().forEach(box -> assertThat(fields.get(box)).as(box).isEqualTo("checkbox"));
            single.each().values().forEach(box -> assertThat(fields.get(box)).as(box).isEqualTo("checkbox"));
        }
        for (RowGroup group : form.groups()) {
            for (Column column : group.columns()) {
                column.boxes().forEach(box -> assertThat(fields.get(box)).as(box).startsWith("text"));
                column.choices().forEach(row -> row.values().forEach(box -> assertThat(fields.get(box)).as(box).isEqualTo("checkbox")));
            }
        }
    }

    @Test
    void everyItemOfTheInventoryIsOnTheForm() throws IOException {
        JsonNode inventory = new ObjectMapper(new YAMLFactory()).readTree(FORMS.resolve("i589.yaml").toFile());
        Set<String> items = new TreeSet<>();
        inventory.path("sections").forEach(section -> section.path("items").forEach(item -> items.add(item.path("id").asText())));
        assertThat(items).hasSize(228);

        Set<String> onTheForm = new HashSet<>();
        Boxes.mapped(form).stream().map(Box::item).forEach(onTheForm::add);
        form.notFilled().stream().map(NotFilled::item).forEach(onTheForm::add);
        form.groups().stream().filter(group -> group.slots() != null).forEach(group -> onTheForm.add(group.slots().item()));
        onTheForm.addAll(form.composites());

        assertThat(items).allMatch(onTheForm::contains, "has a box, is printed on its row or is left empty for a reason");
        assertThat(onTheForm).allMatch(items::contains, "is an item of the inventory");
    }

    @Test
    void everyMappedPlaceOfTheRecordIsTheItemTheSpecSaysItIs() {
        SpecIndex spec = SpecIndex.bundled();
        List<String> wrong = new ArrayList<>();
        for (Single single : form.singles()) {
            String pointer = single.pointer();
            String item = spec.locate(form.recordSchema(), pointer).formItem();
            if (!single.items().contains(item)) {
                wrong.add(pointer + " is " + item + ", mapped as " + single.items());
            }
        }
        for (RowGroup group : form.groups()) {
            for (Column column : group.columns()) {
                String pointer = group.pointer() + "/0/" + column.property();
                String item = spec.locate(form.recordSchema(), pointer).formItem();
                if (!item.equals(column.items().get(0))) {
                    wrong.add(pointer + " is " + item + ", mapped as " + column.items());
                }
            }
        }
        var sheet = form.sheet();
        for (var cell : List.of(sheet.part(), sheet.question(), sheet.text())) {
            String pointer = sheet.pointer() + "/0/" + cell.property();
            assertThat(spec.locate(form.recordSchema(), pointer).formItem()).as(pointer).isEqualTo(cell.item());
        }
        assertThat(wrong).isEmpty();
    }

    /** The PDF's fields from its list beside the project: name, type (text, text-multiline, checkbox). */
    private static Map<String, String> pdfFields() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(FORMS.resolve("pdf/i-589-edition-01-20-25-fields.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            fields.put(columns[0], columns[1]);
        }
        return fields;
    }
}

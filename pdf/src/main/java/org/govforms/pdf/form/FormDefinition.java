package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An official form as GovForms knows it: the blank PDF and a declarative mapping from the field inventory's
 * items (and the rows of its repeating groups) to the PDF's boxes, with how each value is printed. Read from
 * a YAML file beside the PDF; nothing here is particular to one form.
 */
public record FormDefinition(
        String form,
        String edition,
        String pdfResource,
        String recordSchema,
        String editionMark,
        Map<String, String> recordDefaults,
        List<Single> singles,
        List<RowGroup> groups,
        ContinuationSheet sheet,
        List<NotFilled> notFilled,
        String barcodePrefix,
        List<String> composites) {

    /** One value of the record in one box, in several boxes (a phone number), or as ticked checkboxes. */
    public record Single(List<String> items, String pointer, Conversion as, List<String> boxes,
                         Map<String, String> choices, Map<String, String> each, String unchecked, String label,
                         Integer page, List<String> copyOf, String readWhen) {
    }

    /** A repeating group: an array of the record, one printed row per element. */
    public record RowGroup(String group, String pointer, String label, boolean emptyAsList, int supplementFrom,
                           RepeatPage repeatPage, Slots slots, List<Column> columns) {

        /** How many rows the form prints. */
        public int printedRows() {
            return columns.stream().mapToInt(Column::printedRows).max().orElse(0);
        }
    }

    /** Rows past the printed ones go on copies of this page, in the boxes of these rows. */
    public record RepeatPage(int page, List<Integer> rows) {
    }

    /** Rows that print their key (Mother, Father, Sibling): each printed row takes one value of the key. */
    public record Slots(String key, String item, List<String> values) {
    }

    /** One property of a row: a box per printed row, or a set of checkboxes per printed row. */
    public record Column(List<String> items, String property, Conversion as, Map<String, String> labels,
                         String label, List<String> boxes, List<Map<String, String>> choices) {

        public int printedRows() {
            return Math.max(boxes.size(), choices.size());
        }

        /** The inventory item of a row: supplement rows have the supplement's own items. */
        public String item(int row, int supplementFrom) {
            return supplementFrom > 0 && row >= supplementFrom && items.size() > 1 ? items.get(1) : items.get(0);
        }
    }

    /** The continuation page: one entry (part, question, text) per page, copied as needed. */
    public record ContinuationSheet(String group, String pointer, int page, Cell part, Cell question, Cell text) {
    }

    public record Cell(String item, String property, String box) {
    }

    /** A box the filler leaves empty, and why. */
    public record NotFilled(String item, String why, String box) {
    }

    public static FormDefinition load(String resource) {
        try (InputStream in = FormDefinition.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no form definition " + resource + " on the classpath");
            }
            JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(in);
            String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
            return of(yaml, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form definition " + resource, e);
        }
    }

    private static FormDefinition of(JsonNode yaml, String folder) {
        List<Single> singles = new ArrayList<>();
        List<RowGroup> groups = new ArrayList<>();
        for (JsonNode block : yaml.path("blocks")) {
            String in = block.path("in").asText("");
            block.path("fields").forEach(field -> singles.add(single(field, in)));
            block.path("rows").forEach(group -> groups.add(group(group, in)));
        }
        JsonNode sheet = yaml.path("continuationSheet");
        ContinuationSheet continuation = new ContinuationSheet(sheet.path("group").asText(), sheet.path("at").asText(),
                sheet.path("page").asInt(), cell(sheet.path("part")), cell(sheet.path("question")),
                cell(sheet.path("text")));
        Map<String, String> reasons = strings(yaml.path("notFilled"));
        List<NotFilled> notFilled = new ArrayList<>();
        for (JsonNode box : yaml.path("boxesNotFilled")) {
            String why = box.path("why").asText();
            notFilled.add(new NotFilled(box.path("item").asText(), reasons.getOrDefault(why, why), box.path("box").asText()));
        }
        return new FormDefinition(yaml.path("form").asText(), yaml.path("edition").asText(),
                folder + yaml.path("pdf").asText(), yaml.path("record").asText(), yaml.path("editionMark").asText(),
                strings(yaml.path("recordDefaults")), List.copyOf(singles), List.copyOf(groups), continuation,
                List.copyOf(notFilled), yaml.path("barcodes").asText(), list(yaml.path("composites"), ""));
    }

    private static Single single(JsonNode field, String in) {
        return new Single(list(field.path("item"), ""), field.path("at").asText(),
                Conversion.named(field.path("as").asText("text")), list(field.path("box"), in),
                boxes(field.path("choices"), in), boxes(field.path("each"), in),
                field.path("unchecked").asText(null), field.path("label").asText(null),
                field.has("page") ? field.path("page").asInt() : null, list(field.path("copyOf"), ""),
                field.path("readWhen").asText(null));
    }

    private static RowGroup group(JsonNode group, String in) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode column : group.path("columns")) {
            List<Map<String, String>> choices = new ArrayList<>();
            column.path("choices").forEach(row -> choices.add(boxes(row, in)));
            columns.add(new Column(list(column.path("item"), ""), column.path("at").asText(),
                    Conversion.named(column.path("as").asText("text")), strings(column.path("labels")),
                    column.path("label").asText(), list(column.path("box"), in), List.copyOf(choices)));
        }
        JsonNode repeat = group.path("repeatPage");
        JsonNode slots = group.path("slots");
        List<Integer> repeatRows = new ArrayList<>();
        repeat.path("rows").forEach(row -> repeatRows.add(row.asInt()));
        return new RowGroup(group.path("group").asText(), group.path("at").asText(), group.path("label").asText(),
                group.path("empty").asText("").equals("list"), group.path("supplementFrom").asInt(0),
                repeat.isMissingNode() ? null : new RepeatPage(repeat.path("page").asInt(), List.copyOf(repeatRows)),
                slots.isMissingNode() ? null : new Slots(slots.path("key").asText(), slots.path("item").asText(),
                        list(slots.path("values"), "")),
                List.copyOf(columns));
    }

    private static Cell cell(JsonNode cell) {
        return new Cell(cell.path("item").asText(), cell.path("at").asText(), cell.path("box").asText());
    }

    private static List<String> list(JsonNode node, String prefix) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(prefix + node.asText());
        } else {
            node.forEach(value -> values.add(prefix + value.asText()));
        }
        return List.copyOf(values);
    }

    private static Map<String, String> boxes(JsonNode node, String prefix) {
        Map<String, String> boxes = new LinkedHashMap<>();
        node.properties().forEach(entry -> boxes.put(entry.getKey(), prefix + entry.getValue().asText()));
        return boxes;
    }

    private static Map<String, String> strings(JsonNode node) {
        return boxes(node, "");
    }
}

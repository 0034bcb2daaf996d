package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govforms.pdf.form.FormDefinition.Column;
import org.govforms.pdf.form.FormDefinition.RowGroup;
import org.govforms.pdf.form.FormDefinition.Single;
import org.govforms.pdf.form.UnreadableFormException.Reason;

/**
 * Reads a filled official form (by {@link FormFiller} or by hand in a viewer) back into a record (as JSON),
 * with a problem for each box whose text is not a value of its kind. Continuation pages written by the filler
 * are put back where they continue; the record's own continuation entries become entries again.
 */
public final class FormReader {

    private final FormDefinition form;

    public FormReader(FormDefinition form) {
        this.form = form;
    }

    /** The record read, and what could not be read (each at its pointer; the value is left out). */
    public record Reading(ObjectNode record, List<Problem> problems) {
    }

    public record Problem(String pointer, String code, String message) {
    }

    public Reading read(byte[] bytes) throws UnreadableFormException {
        try (PDDocument document = open(bytes)) {
            PdfForm pdf = new PdfForm(document);
            checkForm(document, pdf);
            return new Read(pdf).record();
        } catch (IOException e) {
            throw new UnreadableFormException(Reason.DAMAGED, e);
        }
    }

    private static PDDocument open(byte[] bytes) throws UnreadableFormException {
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFormException(Reason.ENCRYPTED, e);
        } catch (IOException e) {
            throw new UnreadableFormException(Reason.DAMAGED, e);
        }
        if (document.isEncrypted()) {
            closeQuietly(document);
            throw new UnreadableFormException(Reason.ENCRYPTED, null);
        }
        return document;
    }

    /** The footer names form and edition; every box of the definition must be there too. */
    private void checkForm(PDDocument document, PdfForm pdf) throws IOException, UnreadableFormException {
        if (document.getNumberOfPages() == 0) {
            throw new UnreadableFormException(Reason.NOT_THIS_FORM, null);
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        String firstPage = squeezed(stripper.getText(document));
        if (!firstPage.contains(squeezed(form.editionMark()))) {
            Reason reason = firstPage.contains("Form " + form.form()) ? Reason.UNKNOWN_EDITION : Reason.NOT_THIS_FORM;
            throw new UnreadableFormException(reason, null);
        }
        if (!pdf.hasForm() || !Boxes.all(form).stream().allMatch(box -> pdf.field(box) != null)) {
            throw new UnreadableFormException(Reason.UNKNOWN_EDITION, null);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // read from memory
        }
    }

    /** One reading of one document. */
    private final class Read {
        private final PdfForm pdf;
        private final Map<String, String> texts = new HashMap<>();
        private final Set<String> ticked = new HashSet<>();
        private final Map<String, StringBuilder> rowTexts = new LinkedHashMap<>();
        private final Map<String, StringBuilder> valueLines = new LinkedHashMap<>();
        private final List<String> entryPages = new ArrayList<>();
        private final ObjectNode record = JsonNodeFactory.instance.objectNode();
        private final List<Problem> problems = new ArrayList<>();

        Read(PdfForm pdf) {
            this.pdf = pdf;
            for (String name : pdf.fieldNames()) {
                PDField field = pdf.field(name);
                if (field instanceof PDTextField text && text.getValue() != null && !text.getValue().isEmpty()) {
                    texts.put(name, text.getValue());
                } else if (field instanceof PDCheckBox box && box.isChecked()) {
                    ticked.add(name);
                }
            }
        }

        Reading record() {
            form.recordDefaults().forEach((name, value) -> record.put(name, value));
            continuationPages();
            form.singles().stream().filter(single -> single.page() == null).forEach(single -> single(single, 0));
            form.groups().forEach(this::group);
            entries();
            form.singles().stream().filter(single -> single.page() != null && present(single.readWhen()))
                    .forEach(single -> single(single, 0));
            return new Reading(record, List.copyOf(problems));
        }

        /** Sheet pages in order: those the filler marked go back where they continue, the others are entries. */
        private void continuationPages() {
            var sheet = form.sheet();
            for (int copy = 0; ; copy++) {
                String textBox = fieldName(sheet.text().box(), copy);
                PDField field = pdf.field(textBox);
                if (field == null) {
                    break;
                }
                String continues = field.getCOSObject().getString(FormFiller.CONTINUES);
                String text = texts.getOrDefault(textBox, "");
                if (continues == null) {
                    entryPages.add(textBox);
                } else if (continues.startsWith(Continuation.BOX)) {
                    texts.merge(continues.substring(Continuation.BOX.length()), text, String::concat);
                } else if (continues.startsWith(Continuation.ROWS)) {
                    rowTexts.computeIfAbsent(continues.substring(Continuation.ROWS.length()), p -> new StringBuilder()).append(text);
                } else if (continues.startsWith(Continuation.VALUES)) {
                    valueLines.computeIfAbsent(continues.substring(Continuation.VALUES.length()), p -> new StringBuilder()).append(text);
                }
            }
            valueLines.forEach((boxes, lines) -> {
                String[] names = boxes.split(Continuation.LINE_BREAK);
                String[] values = lines.toString().split("\n", -1);
                for (int i = 0; i < Math.min(names.length, values.length); i++) {
                    int where = values[i].indexOf(Continuation.WHERE);
                    if (where >= 0) {
                        texts.put(names[i], values[i].substring(where + Continuation.WHERE.length()));
                    }
                }
            });
        }

        private void entries() {
            var sheet = form.sheet();
            int index = 0;
            for (String textBox : entryPages) {
                int copy = textBox.equals(sheet.text().box()) ? 0 : copyOf(textBox);
                String part = texts.get(fieldName(sheet.part().box(), copy));
                String question = texts.get(fieldName(sheet.question().box(), copy));
                String text = texts.get(textBox);
                if (part == null && question == null && text == null) {
                    continue;
                }
                String pointer = sheet.pointer() + "/" + index++;
                setIfPresent(pointer + "/" + sheet.part().property(), part);
                setIfPresent(pointer + "/" + sheet.question().property(), question);
                setIfPresent(pointer + "/" + sheet.text().property(), text);
            }
        }

        private int copyOf(String textBox) {
            for (int copy = 1; ; copy++) {
                if (fieldName(form.sheet().text().box(), copy).equals(textBox)) {
                    return copy;
                }
            }
        }

        private void setIfPresent(String pointer, String text) {
            if (text != null) {
                Pointers.set(record, pointer, TextNode.valueOf(text));
            }
        }

        private void single(Single single, int copy) {
            if (!single.each().isEmpty()) {
                ArrayNode values = JsonNodeFactory.instance.arrayNode();
                single.each().forEach((value, box) -> {
                    if (ticked.contains(fieldName(box, copy))) {
                        values.add(value);
                    }
                });
                if (!values.isEmpty()) {
                    Pointers.set(record, single.pointer(), values);
                }
            } else if (!single.choices().isEmpty()) {
                JsonNode value = choice(single.choices(), copy, single.pointer());
                if (value == null && single.unchecked() != null) {
                    value = choiceValue(single.unchecked());
                }
                if (value != null) {
                    Pointers.set(record, single.pointer(), value);
                }
            } else {
                List<String> boxTexts = single.boxes().stream().map(box -> texts.getOrDefault(fieldName(box, copy), "")).toList();
                parse(single.as(), boxTexts, Map.of(), single.pointer()).ifPresent(value -> Pointers.set(record, single.pointer(), value));
            }
        }

        private void group(RowGroup group) {
            List<ObjectNode> rows = new ArrayList<>();
            for (int row = 0; row < group.printedRows(); row++) {
                ObjectNode read = row(group, row, 0, group.pointer() + "/" + rows.size());
                if (read != null) {
                    if (group.slots() != null) {
                        read.put(group.slots().key(), group.slots().values().get(row));
                    }
                    rows.add(read);
                }
            }
            if (group.repeatPage() != null) {
                List<Integer> pageRows = group.repeatPage().rows();
                for (int copy = 1; pdf.field(fieldName(group.columns().get(0).boxes().get(pageRows.get(0)), copy)) != null; copy++) {
                    for (int row : pageRows) {
                        ObjectNode read = row(group, row, copy, group.pointer() + "/" + rows.size());
                        if (read != null) {
                            rows.add(read);
                        }
                    }
                }
            }
            StringBuilder lines = rowTexts.get(group.pointer());
            if (lines != null) {
                continuedRows(group, lines.toString(), rows);
            }
            if (!rows.isEmpty() || group.emptyAsList()) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                rows.forEach(array::add);
                Pointers.set(record, group.pointer(), array);
            }
        }

        private ObjectNode row(RowGroup group, int row, int copy, String pointer) {
            ObjectNode read = JsonNodeFactory.instance.objectNode();
            for (Column column : group.columns()) {
                String at = pointer + "/" + column.property();
                if (!column.choices().isEmpty()) {
                    if (row < column.choices().size()) {
                        JsonNode value = choice(column.choices().get(row), copy, at);
                        if (value != null) {
                            read.set(column.property(), value);
                        }
                    }
                } else if (row < column.boxes().size()) {
                    String text = texts.getOrDefault(fieldName(column.boxes().get(row), copy), "");
                    parse(column.as(), List.of(text), column.labels(), at).ifPresent(value -> read.set(column.property(), value));
                }
            }
            return read.isEmpty() ? null : read;
        }

        /** Rows the filler wrote out on the sheet: cells of printed rows that had no box, and rows past them. */
        private void continuedRows(RowGroup group, String text, List<ObjectNode> rows) {
            Map<Integer, ObjectNode> appended = new TreeMap<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith(RowLines.ROW) || line.indexOf(". ") < 0) {
                    continue;
                }
                int number;
                try {
                    number = Integer.parseInt(line.substring(RowLines.ROW.length(), line.indexOf(". ")));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean merge = group.slots() == null && number <= rows.size();
                String pointer = group.pointer() + "/" + (number - 1);
                ObjectNode row = merge ? rows.get(number - 1) : appended.computeIfAbsent(number, n -> JsonNodeFactory.instance.objectNode());
                for (String cell : line.substring(line.indexOf(". ") + 2).split(Pattern.quote(RowLines.SEPARATOR))) {
                    cell(group, cell, row, pointer);
                }
            }
            rows.addAll(appended.values());
        }

        private void cell(RowGroup group, String cell, ObjectNode row, String pointer) {
            int colon = cell.indexOf(": ");
            if (colon < 0) {
                return;
            }
            String label = cell.substring(0, colon);
            String value = cell.substring(colon + 2);
            if (group.slots() != null && label.equals(RowLines.keyLabel(group.slots()))) {
                group.slots().values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                        .ifPresent(key -> row.put(group.slots().key(), key));
                return;
            }
            for (Column column : group.columns()) {
                if (!column.label().equals(label)) {
                    continue;
                }
                String at = pointer + "/" + column.property();
                if (!column.choices().isEmpty()) {
                    String key = RowLines.choiceKey(column, value);
                    if (key == null) {
                        problems.add(unreadable(at));
                    } else {
                        row.set(column.property(), choiceValue(key));
                    }
                } else {
                    parse(column.as(), List.of(value), column.labels(), at).ifPresent(v -> row.set(column.property(), v));
                }
            }
        }

        /** The value whose box is ticked; two ticked boxes of one choice are a problem. */
        private JsonNode choice(Map<String, String> choices, int copy, String pointer) {
            List<String> values = new ArrayList<>();
            choices.forEach((value, box) -> {
                if (ticked.contains(fieldName(box, copy))) {
                    values.add(value);
                }
            });
            if (values.size() > 1) {
                problems.add(new Problem(pointer, "PDF_BOXES_CONTRADICT",
                        "More than one box of this choice is ticked on the form; tick one."));
                return null;
            }
            return values.isEmpty() ? null : choiceValue(values.get(0));
        }

        private JsonNode choiceValue(String key) {
            return key.equals("true") || key.equals("false") ? BooleanNode.valueOf(Boolean.parseBoolean(key)) : TextNode.valueOf(key);
        }

        private Optional<JsonNode> parse(Conversion as, List<String> boxTexts, Map<String, String> labels, String pointer) {
            try {
                return Optional.ofNullable(as.parse(boxTexts, labels));
            } catch (Conversion.UnreadableValueException e) {
                problems.add(unreadable(pointer));
                return Optional.empty();
            }
        }

        private Problem unreadable(String pointer) {
            return new Problem(pointer, "PDF_BOX_UNREADABLE",
                    "The form's box for this item holds text that is not a value of its kind; correct it on the form.");
        }

        private boolean present(String pointer) {
            return pointer == null || Pointers.get(record, pointer) != null;
        }

        private String fieldName(String box, int copy) {
            if (copy == 0) {
                return box;
            }
            return new Target(box, copy).fieldName(pdf.subform(box));
        }
    }
}

package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.govforms.pdf.form.FormDefinition.Column;
import org.govforms.pdf.form.FormDefinition.RowGroup;
import org.govforms.pdf.form.FormDefinition.Single;

/**
 * Fills the official form from a record (as JSON): every value in its box, printed as the form asks;
 * signature boxes left empty; what does not fit continues on the continuation sheet, rows past the printed
 * ones on copies of their page or on the sheet; XFA and the usage-rights signature removed, so that every
 * viewer shows the AcroForm values.
 */
public final class FormFiller {

    /** The key, on a continuation sheet's text box, that says what its text continues (see {@link Continuation}). */
    public static final COSName CONTINUES = COSName.getPDFName("GovFormsContinues");

    private final FormDefinition form;
    private final byte[] blank;

    public FormFiller(FormDefinition form, byte[] blank) {
        this.form = form;
        this.blank = blank.clone();
    }

    public byte[] fill(JsonNode record) {
        List<PDDocument> copies = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(blank)) {
            PdfForm pdf = new PdfForm(document);
            Plan plan = new Plan(pdf, new UnicodeFonts(document));
            form.singles().stream().filter(single -> single.page() == null)
                    .forEach(single -> plan.single(single, Pointers.get(record, single.pointer()), 0));
            form.groups().forEach(group -> plan.group(group, Pointers.get(record, group.pointer())));
            plan.fitAll();
            plan.sheet(Pointers.get(record, form.sheet().pointer()));
            plan.headers(record);
            addCopies(pdf, plan, copies);
            plan.write();
            document.getDocumentCatalog().getAcroForm(null).getCOSObject().removeItem(COSName.XFA);
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.PERMS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the blank " + form.form(), e);
        } finally {
            copies.forEach(FormFiller::closeQuietly);
        }
    }

    private void addCopies(PdfForm pdf, Plan plan, List<PDDocument> keepOpen) throws IOException {
        Map<Integer, PDPage> printed = new TreeMap<>();
        plan.copies.keySet().forEach(page -> printed.put(page, pdf.document().getPage(page - 1)));
        for (Map.Entry<Integer, Integer> copies : new TreeMap<>(plan.copies).entrySet()) {
            int page = copies.getKey();
            pdf.addCopies(blank, page, plan.subformOfPage(page), copies.getValue(), printed.get(page), keepOpen);
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // a copy's source document, read from memory
        }
    }

    /** What goes in which box, worked out before anything is written. */
    private final class Plan {
        private final PdfForm pdf;
        private final UnicodeFonts fonts;
        private final Map<Target, Text> texts = new LinkedHashMap<>();
        private final Set<Target> ticks = new LinkedHashSet<>();
        private final List<Continuation> continuations = new ArrayList<>();
        private final Map<Target, String> markers = new LinkedHashMap<>();
        /** Where a row's cell is, for a person reading it on the continuation sheet: "Place (row 2)". */
        private final Map<Target, String> rowCells = new LinkedHashMap<>();
        private final Map<Integer, Integer> copies = new TreeMap<>();
        private final Map<Integer, String> subforms = new TreeMap<>();

        Plan(PdfForm pdf, UnicodeFonts fonts) {
            this.pdf = pdf;
            this.fonts = fonts;
        }

        void single(Single single, JsonNode value, int copy) {
            if (value == null) {
                return;
            }
            if (!single.each().isEmpty()) {
                value.forEach(element -> tick(single.each().get(element.asText()), copy));
            } else if (!single.choices().isEmpty()) {
                tick(single.choices().get(choiceKey(value)), copy);
            } else {
                List<String> printed = single.as().print(value, Map.of());
                for (int i = 0; i < printed.size(); i++) {
                    text(new Target(single.boxes().get(i), copy), printed.get(i), single.pointer(), single.items().get(0), null);
                }
            }
        }

        void group(RowGroup group, JsonNode rows) {
            if (rows == null || rows.isEmpty()) {
                return;
            }
            int printed = group.printedRows();
            boolean[] taken = new boolean[printed];
            List<String> lines = new ArrayList<>();
            List<JsonNode> overflow = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String pointer = group.pointer() + "/" + i;
                int slot = group.slots() == null ? (i < printed ? i : -1) : freeSlot(group, row, taken);
                if (slot >= 0) {
                    taken[slot] = true;
                    List<Column> missing = row(group, row, slot, 0, pointer, i + 1);
                    if (!missing.isEmpty()) {
                        lines.add(line(group, row, missing, i + 1, false));
                    }
                } else if (group.repeatPage() != null) {
                    List<Integer> pageRows = group.repeatPage().rows();
                    int copy = 1 + (i - printed) / pageRows.size();
                    row(group, row, pageRows.get((i - printed) % pageRows.size()), copy, pointer, i + 1);
                    copies.merge(group.repeatPage().page(), copy, Math::max);
                    subforms.putIfAbsent(group.repeatPage().page(), pdf.subform(group.columns().get(0).boxes().get(pageRows.get(0))));
                } else {
                    overflow.add(row);
                }
            }
            int number = group.slots() == null ? printed : countTaken(taken);
            for (JsonNode row : overflow) {
                lines.add(line(group, row, group.columns(), ++number, group.slots() != null));
            }
            if (!lines.isEmpty()) {
                continuations.add(new Continuation(ItemIds.part(group.group()), ItemIds.question(group.group()),
                        String.join("\n", lines), Continuation.ROWS + group.pointer()));
            }
        }

        /** Puts a row's cells in the boxes of a printed row; answers the columns that have no box there. */
        private List<Column> row(RowGroup group, JsonNode row, int printedRow, int copy, String pointer, int number) {
            List<Column> missing = new ArrayList<>();
            for (Column column : group.columns()) {
                JsonNode value = Pointers.get(row, "/" + column.property());
                if (value == null) {
                    continue;
                }
                if (printedRow >= column.printedRows()) {
                    missing.add(column);
                } else if (!column.choices().isEmpty()) {
                    tick(column.choices().get(printedRow).get(choiceKey(value)), copy);
                } else {
                    text(new Target(column.boxes().get(printedRow), copy), column.as().print(value, column.labels()).get(0),
                            pointer + "/" + column.property(), column.item(printedRow, group.supplementFrom()),
                            column.label() + " (row " + number + ")");
                }
            }
            return missing;
        }

        /** "Row 6. Number and street: ... | City/town: ..." */
        private String line(RowGroup group, JsonNode row, List<Column> columns, int number, boolean withKey) {
            List<String> cells = new ArrayList<>();
            if (withKey) {
                cells.add(RowLines.keyLabel(group.slots()) + ": " + RowLines.capitalized(row.path(group.slots().key()).asText()));
            }
            for (Column column : columns) {
                JsonNode value = Pointers.get(row, "/" + column.property());
                if (value != null) {
                    cells.add(column.label() + ": " + RowLines.print(column, value));
                }
            }
            return RowLines.ROW + number + ". " + String.join(RowLines.SEPARATOR, cells);
        }

        private int freeSlot(RowGroup group, JsonNode row, boolean[] taken) {
            String key = row.path(group.slots().key()).asText();
            for (int slot = 0; slot < taken.length; slot++) {
                if (!taken[slot] && group.slots().values().get(slot).equals(key)) {
                    return slot;
                }
            }
            return -1;
        }

        private int countTaken(boolean[] taken) {
            int count = 0;
            for (boolean slot : taken) {
                count += slot ? 1 : 0;
            }
            return count;
        }

        private void tick(String box, int copy) {
            if (box != null) {
                ticks.add(new Target(box, copy));
            }
        }

        private void text(Target target, String text, String pointer, String item, String rowCell) {
            if (!text.isEmpty()) {
                texts.put(target, new Text(text, pointer, item, null, 0));
                if (rowCell != null) {
                    rowCells.put(target, rowCell);
                }
            }
        }

        /**
         * Fits every planned text in its box. What does not fit continues on the sheet: the rest of a
         * multi-line text on pages of its own; the whole value of one-line boxes, a line each, together.
         */
        void fitAll() {
            List<String> lines = new ArrayList<>();
            List<String> boxes = new ArrayList<>();
            for (Map.Entry<Target, Text> entry : new ArrayList<>(texts.entrySet())) {
                Target target = entry.getKey();
                Text text = entry.getValue();
                Text styled = style(target, text, true);
                texts.put(target, styled);
                if (styled.fits >= text.text().length()) {
                    continue;
                }
                texts.put(target, styled.head());
                boolean oneLine = !textField(target.box()).isMultiline() && !text.text().contains("\n");
                if (oneLine) {
                    lines.add(where(target, text.item()) + Continuation.WHERE + text.text());
                    boxes.add(fieldName(target));
                } else {
                    continuations.add(new Continuation(ItemIds.part(text.item()), ItemIds.question(text.item()),
                            text.text().substring(styled.fits), Continuation.BOX + fieldName(target)));
                }
            }
            if (!lines.isEmpty()) {
                continuations.add(0, new Continuation("various", "see below", String.join("\n", lines),
                        Continuation.VALUES + String.join(Continuation.LINE_BREAK, boxes)));
            }
        }

        /** "Part A.I, 19.c, Place (row 2)" */
        private String where(Target target, String item) {
            String question = ItemIds.question(item);
            String part = ItemIds.part(item);
            String detail = question.isEmpty() ? ItemIds.detail(item) : question;
            return (part.startsWith("Supplement") ? part : "Part " + part) + (detail.isEmpty() ? "" : ", " + detail)
                    + (rowCells.containsKey(target) ? ", " + rowCells.get(target) : "");
        }

        /** Chooses the font (the form's, or a Unicode one) and size, and measures how much fits. */
        private Text style(Target target, Text text, boolean mayShrink) {
            PDTextField field = textField(target.box());
            BoxFont boxFont = BoxFont.of(field, pdf.acroForm());
            String printable = text.text().replace("\n", "").replace("\r", "");
            var font = boxFont.canPrint(printable) ? boxFont.font() : fonts.fontFor(printable, text.pointer());
            boolean unicode = font != boxFont.font();
            float size = boxFont.size();
            var box = field.getWidgets().get(0).getRectangle();
            int fits = BoxRoom.fits(text.text(), box, field.isMultiline(), field.getMaxLen(), font, size);
            while (mayShrink && fits < text.text().length() && !field.isMultiline() && size > BoxFont.SMALLEST
                    && (field.getMaxLen() < 0 || text.text().length() <= field.getMaxLen())) {
                size -= 0.5f;
                fits = BoxRoom.fits(text.text(), box, false, field.getMaxLen(), font, size);
            }
            if (fits < text.text().length()) {
                size = boxFont.size();
                fits = BoxRoom.fits(text.text(), box, field.isMultiline(), field.getMaxLen(), font, size);
            }
            return new Text(text.text(), text.pointer(), text.item(), unicode ? font : null, size, fits);
        }

        /** The record's own continuation entries, then what continues from the form, one page each or more. */
        void sheet(JsonNode entries) {
            var sheet = form.sheet();
            List<Continuation> pages = new ArrayList<>();
            if (entries != null) {
                for (JsonNode entry : entries) {
                    pages.add(new Continuation(entry.path(sheet.part().property()).asText(""),
                            entry.path(sheet.question().property()).asText(""),
                            entry.path(sheet.text().property()).asText(""), null));
                }
            }
            pages.addAll(continuations);
            int page = 0;
            for (int entry = 0; entry < pages.size(); entry++) {
                Continuation continuation = pages.get(entry);
                String pointer = entry < (entries == null ? 0 : entries.size())
                        ? sheet.pointer() + "/" + entry + "/" + sheet.text().property() : "(continued)";
                String rest = continuation.text();
                String continues = continuation.continues();
                boolean first = true;
                do {
                    Target text = new Target(sheet.text().box(), page);
                    boolean continued = !first || (continues != null && !continues.startsWith(Continuation.VALUES));
                    String question = continuation.question() + (continued ? " (cont.)" : "");
                    put(new Target(sheet.part().box(), page), continuation.part(), sheet.pointer());
                    put(new Target(sheet.question().box(), page), question, sheet.pointer());
                    int fits = 0;
                    if (!rest.isEmpty()) {
                        Text styled = style(text, new Text(rest, pointer, sheet.text().item(), null, 0), false);
                        fits = Math.max(1, styled.fits);
                        texts.put(text, new Text(rest.substring(0, fits), pointer, sheet.text().item(), styled.font, styled.size, fits));
                    }
                    if (continues != null) {
                        markers.put(text, continues);
                    }
                    if (first && continues == null) {
                        continues = Continuation.BOX + fieldName(text);
                    }
                    rest = rest.substring(fits);
                    first = false;
                    page++;
                } while (!rest.isEmpty());
            }
            if (page > 1) {
                copies.put(sheet.page(), page - 1);
                subforms.put(sheet.page(), pdf.subform(sheet.text().box()));
            }
        }

        private void put(Target target, String text, String pointer) {
            if (!text.isEmpty()) {
                texts.put(target, style(target, new Text(text, pointer, null, null, 0), true));
            }
        }

        /** Headers of supplement pages: the record's own values, else copied from the part they repeat. */
        void headers(JsonNode record) {
            for (Single header : form.singles()) {
                if (header.page() == null || !used(header.page())) {
                    continue;
                }
                JsonNode value = Pointers.get(record, header.pointer());
                if (value == null) {
                    value = copied(record, header.copyOf());
                }
                for (int copy = 0; copy <= copies.getOrDefault(header.page(), 0); copy++) {
                    Map<Target, Text> before = new LinkedHashMap<>(texts);
                    single(header, value, copy);
                    texts.forEach((target, text) -> {
                        if (!before.containsKey(target)) {
                            texts.put(target, style(target, text, true));
                        }
                    });
                }
            }
        }

        private boolean used(int page) {
            return copies.getOrDefault(page, 0) > 0
                    || texts.keySet().stream().anyMatch(target -> target.copy() == 0 && pdf.page(target.box()) == page)
                    || ticks.stream().anyMatch(target -> target.copy() == 0 && pdf.page(target.box()) == page);
        }

        private JsonNode copied(JsonNode record, List<String> pointers) {
            List<String> parts = new ArrayList<>();
            for (String pointer : pointers) {
                JsonNode part = Pointers.get(record, pointer);
                if (part != null) {
                    parts.add(part.asText());
                }
            }
            return parts.isEmpty() ? null : TextNode.valueOf(String.join(" ", parts));
        }

        String subformOfPage(int page) {
            return subforms.get(page);
        }

        void write() throws IOException {
            for (Map.Entry<Target, Text> entry : texts.entrySet()) {
                PDTextField field = (PDTextField) pdf.field(fieldName(entry.getKey()));
                Text text = entry.getValue();
                var font = text.font == null ? null : fonts.forWriting(text.font);
                BoxFont.of(field, pdf.acroForm()).apply(field, pdf.acroForm(), font, text.size);
                field.setValue(text.text());
            }
            for (Target target : ticks) {
                ((PDCheckBox) pdf.field(fieldName(target))).check();
            }
            markers.forEach((target, continues) ->
                    pdf.field(fieldName(target)).getCOSObject().setString(CONTINUES, continues));
        }

        private String fieldName(Target target) {
            if (target.copy() == 0) {
                return target.box();
            }
            return target.fieldName(pdf.subform(target.box()));
        }

        private PDTextField textField(String box) {
            PDField field = pdf.field(box);
            if (!(field instanceof PDTextField text)) {
                throw new IllegalStateException("the form definition names a box that is not a text field in the PDF");
            }
            return text;
        }

        private String choiceKey(JsonNode value) {
            return value.isBoolean() ? String.valueOf(value.booleanValue()) : value.asText();
        }
    }

    /** A planned text, its font when not the box's own, its size, and how many of its characters fit. */
    private record Text(String text, String pointer, String item, PDFont font, float size, int fits) {
        Text(String text, String pointer, String item, PDFont font, float size) {
            this(text, pointer, item, font, size, text.length());
        }

        Text head() {
            return new Text(text.substring(0, fits), pointer, item, font, size, fits);
        }
    }
}

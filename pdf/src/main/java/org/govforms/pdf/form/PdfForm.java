package org.govforms.pdf.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * An opened official form: its fields by name, the page each box is on, and copies of a page added with
 * fields of their own names (the page's subform renamed, see {@link Target#fieldName}).
 */
final class PdfForm {

    private final PDDocument document;
    private final PDAcroForm acroForm;
    private final Map<String, PDField> fields = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();

    PdfForm(PDDocument document) {
        this.document = document;
        this.acroForm = document.getDocumentCatalog().getAcroForm(null);
        if (acroForm == null) {
            return;
        }
        Map<COSDictionary, Integer> widgetPages = new HashMap<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            try {
                for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
                    widgetPages.put(annotation.getCOSObject(), i + 1);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the annotations of page " + (i + 1), e);
            }
        }
        for (PDField field : acroForm.getFieldTree()) {
            fields.put(field.getFullyQualifiedName(), field);
            if (field instanceof PDTerminalField terminal && !terminal.getWidgets().isEmpty()) {
                pages.put(field.getFullyQualifiedName(), widgetPages.getOrDefault(terminal.getWidgets().get(0).getCOSObject(), 0));
            }
        }
    }

    PDDocument document() {
        return document;
    }

    PDAcroForm acroForm() {
        return acroForm;
    }

    boolean hasForm() {
        return acroForm != null;
    }

    PDField field(String name) {
        return fields.get(name);
    }

    /** Every field's fully qualified name. */
    Iterable<String> fieldNames() {
        return fields.keySet();
    }

    /** The page (from 1) a box of the printed form is on; 0 when unknown. */
    int page(String box) {
        return pages.getOrDefault(box, 0);
    }

    /** The subform that holds a box: the page's fields hang under it. */
    String subform(String box) {
        PDField field = fields.get(box);
        if (field == null || field.getParent() == null) {
            throw new IllegalStateException("the form definition names a box the PDF does not have");
        }
        return field.getParent().getFullyQualifiedName();
    }

    /**
     * Adds {@code count} copies of a page after it (after {@code after} when given), each from a fresh blank
     * form: the page's subform renamed and hung under the same parent here, any other field on the page (a
     * barcode) flattened into the page. The copies' documents must stay open until this one is saved.
     */
    void addCopies(byte[] blank, int page, String subform, int count, PDPage after, List<PDDocument> keepOpen)
            throws IOException {
        PDNonTerminalField parent = (PDNonTerminalField) fields.get(subform.substring(0, subform.lastIndexOf('.')));
        PDPage previous = after;
        for (int copy = 1; copy <= count; copy++) {
            PDDocument source = Loader.loadPDF(blank);
            keepOpen.add(source);
            PDAcroForm sourceForm = source.getDocumentCatalog().getAcroForm(null);
            PDPage copied = source.getPage(page - 1);
            List<PDField> others = new ArrayList<>();
            Set<COSDictionary> onPage = new HashSet<>();
            for (PDAnnotation annotation : copied.getAnnotations()) {
                onPage.add(annotation.getCOSObject());
            }
            PDNonTerminalField copiedSubform = (PDNonTerminalField) sourceForm.getField(subform);
            for (PDField field : sourceForm.getFieldTree()) {
                if (field instanceof PDTerminalField terminal && !field.getFullyQualifiedName().startsWith(subform + ".")
                        && terminal.getWidgets().stream().anyMatch(w -> onPage.contains(w.getCOSObject()))) {
                    others.add(field);
                }
            }
            sourceForm.flatten(others, false);
            COSDictionary node = copiedSubform.getCOSObject();
            node.setString(COSName.T, Target.partialCopyName(copiedSubform.getPartialName(), copy));
            node.setItem(COSName.PARENT, parent.getCOSObject());
            COSArray kids = parent.getCOSObject().getCOSArray(COSName.KIDS);
            kids.add(node);
            // the copy's tags pointed into the other document's structure tree
            copied.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
            for (PDAnnotation annotation : copied.getAnnotations()) {
                annotation.getCOSObject().removeItem(COSName.STRUCT_PARENT);
            }
            document.getPages().insertAfter(copied, previous);
            previous = copied;
        }
        refresh();
    }

    private void refresh() {
        fields.clear();
        for (PDField field : acroForm.getFieldTree()) {
            fields.put(field.getFullyQualifiedName(), field);
        }
    }
}

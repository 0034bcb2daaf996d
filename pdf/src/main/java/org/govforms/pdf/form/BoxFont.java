package org.govforms.pdf.form;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** A text box's own font and size, from its default appearance (e.g. {@code /CourierNewPS-BoldMT 9.00 Tf 0 g}). */
record BoxFont(PDFont font, COSName name, float size) {

    /** No text is made smaller than this to fit a one-line box. */
    static final float SMALLEST = 6f;

    private static final Pattern FONT = Pattern.compile("/(\\S+)\\s+([0-9.]+)\\s+Tf");

    static BoxFont of(PDTextField field, PDAcroForm acroForm) {
        Matcher da = FONT.matcher(field.getDefaultAppearance());
        if (!da.find()) {
            throw new IllegalStateException("a text box of the form has no font in its default appearance");
        }
        COSName name = COSName.getPDFName(da.group(1));
        try {
            PDFont font = acroForm.getDefaultResources().getFont(name);
            float size = Float.parseFloat(da.group(2));
            return new BoxFont(font, name, size == 0 ? 9f : size);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the form's font", e);
        }
    }

    /** Whether the box's own font (WinAnsi for the official forms) has every character of the text. */
    boolean canPrint(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Points the box at another font (added to the form's resources) or size, when the text needs them. */
    void apply(PDTextField field, PDAcroForm acroForm, PDFont other, float otherSize) {
        if (other == null && otherSize == size) {
            return;
        }
        COSName fontName = name;
        if (other != null) {
            PDResources resources = acroForm.getDefaultResources();
            fontName = resources.add(other);
        }
        String rest = field.getDefaultAppearance().replaceFirst(FONT.pattern(), "");
        field.setDefaultAppearance("/" + fontName.getName() + " " + String.format(Locale.ROOT, "%.2f", otherSize) + " Tf" + rest);
    }
}

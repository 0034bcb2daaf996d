package org.govforms.pdf.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts, shipped in this jar, that print what the form's own font (Latin-1 only) cannot: DejaVu Sans for
 * Latin, Greek, Cyrillic and more, Noto Sans Ethiopic for Ge'ez. Each is embedded as a subset of the
 * characters the document prints with it, and only in a document that needs it. (PDFBox's own subsetting
 * does not work for form fields: their appearances are drawn with a font object made anew from the form's
 * resources, which never tells the subsetter which glyphs it used.) Scripts that need shaping or right-to-left ordering are refused: PDFBox draws
 * glyphs one after the other, which would print such a name wrongly.
 */
final class UnicodeFonts {

    private static final List<String> FONTS = List.of("DejaVuSans.ttf", "NotoSansEthiopic-Regular.ttf");
    private static final Set<UnicodeScript> NEED_SHAPING = Set.of(
            UnicodeScript.ARABIC, UnicodeScript.HEBREW, UnicodeScript.SYRIAC, UnicodeScript.THAANA,
            UnicodeScript.NKO, UnicodeScript.SAMARITAN, UnicodeScript.MANDAIC, UnicodeScript.ADLAM,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.MYANMAR, UnicodeScript.KHMER,
            UnicodeScript.TIBETAN, UnicodeScript.LAO, UnicodeScript.MONGOLIAN);

    private final PDDocument document;
    private final Map<String, PDType0Font> measuring = new LinkedHashMap<>();
    private final Map<String, TrueTypeFont> parsed = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> used = new LinkedHashMap<>();
    private final Map<PDFont, PDType0Font> subsets = new HashMap<>();

    UnicodeFonts(PDDocument document) {
        this.document = document;
    }

    /**
     * A font that has a glyph for every character of the text, to measure the text with; {@link #forWriting}
     * gives the one to print it with.
     */
    PDType0Font fontFor(String text, String pointer) {
        refuseShapedScripts(text, pointer);
        for (String name : FONTS) {
            TrueTypeFont font = parsed.computeIfAbsent(name, Shipped::font);
            if (covers(font, text)) {
                text.codePoints().forEach(cp -> used.computeIfAbsent(name, n -> new TreeSet<>()).add(cp));
                return measuring.computeIfAbsent(name, n -> load(font));
            }
        }
        throw new UnprintableTextException(pointer, "has characters that no font shipped with GovForms can print ("
                + scripts(text) + ")");
    }

    private static void refuseShapedScripts(String text, String pointer) {
        text.codePoints().mapToObj(UnicodeScript::of).filter(NEED_SHAPING::contains).findFirst().ifPresent(script -> {
            throw new UnprintableTextException(pointer, "is written in the " + script
                    + " script, which needs shaping or right-to-left ordering that the filler does not do;"
                    + " write it by hand on the printed form");
        });
    }

    private static boolean covers(TrueTypeFont font, String text) {
        try {
            var cmap = font.getUnicodeCmapLookup();
            return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || cmap.getGlyphId(cp) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static String scripts(String text) {
        return String.join(", ", text.codePoints().mapToObj(UnicodeScript::of).map(Enum::name).distinct().toList());
    }

    /** The embedded subset, with every character measured so far, of a font {@link #fontFor} gave. */
    PDFont forWriting(PDFont measured) {
        return subsets.computeIfAbsent(measured, font -> {
            String name = measuring.entrySet().stream().filter(e -> e.getValue() == font).findFirst().orElseThrow().getKey();
            try {
                TTFSubsetter subsetter = new TTFSubsetter(parsed.get(name));
                subsetter.addAll(used.get(name));
                ByteArrayOutputStream subset = new ByteArrayOutputStream();
                subsetter.writeToStream(subset);
                return PDType0Font.load(document, new ByteArrayInputStream(subset.toByteArray()), false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed a shipped font", e);
            }
        });
    }

    private PDType0Font load(TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load a shipped font", e);
        }
    }

    /** The parsed fonts, read once per class loader; PDType0Font keeps its own subset per document. */
    private static final class Shipped {
        private static final Map<String, byte[]> BYTES = new LinkedHashMap<>();

        static synchronized TrueTypeFont font(String name) {
            byte[] bytes = BYTES.computeIfAbsent(name, Shipped::read);
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse the shipped font " + name, e);
            }
        }

        private static byte[] read(String name) {
            try (InputStream in = UnicodeFonts.class.getResourceAsStream("/org/govforms/pdf/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped font " + name, e);
            }
        }
    }
}

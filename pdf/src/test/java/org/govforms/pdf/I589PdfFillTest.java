package org.govforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.govforms.pdf.form.FormDefinition.NotFilled;
import org.govforms.pdf.form.UnprintableTextException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filled official form as USCIS and a person with a PDF viewer get it. */
class I589PdfFillTest {

    private static final String A_NUMBER = "form1[0].#subform[0].PtAILine1_ANumber[0]";
    private static final String LAST_NAME = "form1[0].#subform[0].PtAILine4_LastName[0]";
    private static final String NATIVE_NAME = "form1[0].#subform[10].TextField20[1]";

    private static byte[] complete;
    private static byte[] minimal;

    @BeforeAll
    static void fill() {
        complete = I589Pdf.fill(I589Records.application(I589Records.complete()));
        minimal = I589Pdf.fill(I589Records.application(I589Records.minimal()));
    }

    @Test
    void page1HoldsTheApplicantsANumberAndLastName() throws IOException {
        try (PDDocument document = Loader.loadPDF(complete)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField(A_NUMBER).getValueAsString()).isEqualTo("012345678");
            assertThat(form.getField(LAST_NAME).getValueAsString()).isEqualTo("Haile");
            assertThat(((PDTextField) form.getField(LAST_NAME)).getWidgets().get(0).getAppearance()).isNotNull();
        }
        try (PDDocument document = Loader.loadPDF(minimal)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField(A_NUMBER).getValueAsString()).isEmpty();
            assertThat(form.getField(LAST_NAME).getValueAsString()).isEqualTo("Okafor");
        }
    }

    @Test
    void checkboxesTakeThePdfsOwnExportValues() throws IOException {
        try (PDDocument document = Loader.loadPDF(complete)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            // "I have children" exports N; Part D 1 Yes exports 2; child 1's sex 1/2, child 2's M/F
            assertThat(form.getField("form1[0].#subform[1].ChildrenCheckbox[0]").getValueAsString()).isEqualTo("N");
            assertThat(form.getField("form1[0].#subform[10].PtD_ckboxynd1[0]").getValueAsString()).isEqualTo("2");
            assertThat(form.getField("form1[0].#subform[1].CheckBox12_Sex[0]").getValueAsString()).isEqualTo("1");
            assertThat(form.getField("form1[0].#subform[3].CheckBox26_Sex[1]").getValueAsString()).isEqualTo("F");
            // item 18 a (never in proceedings) is the first box, exporting A
            assertThat(((PDCheckBox) form.getField("form1[0].#subform[0].CheckBox3[0]")).isChecked()).isTrue();
            assertThat(((PDCheckBox) form.getField("form1[0].#subform[0].CheckBox3[2]")).isChecked()).isFalse();
        }
    }

    @Test
    void signatureAndOfficeUseBoxesStayEmptyAndXfaAndUsageRightsAreGone() throws IOException {
        try (PDDocument document = Loader.loadPDF(complete)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            for (NotFilled box : I589Pdf.form().definition().notFilled()) {
                assertThat(form.getField(box.box()).getValueAsString()).as(box.item()).isEmpty();
            }
            assertThat(form.hasXFA()).isFalse();
            assertThat(document.getDocumentCatalog().getCOSObject().containsKey(COSName.PERMS)).isFalse();
        }
    }

    @Test
    void namesOutsideLatin1PrintInAnEmbeddedFont() throws IOException {
        // the complete example's name in the Ge'ez script, Part D
        try (PDDocument document = Loader.loadPDF(complete)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            PDTextField nativeName = (PDTextField) form.getField(NATIVE_NAME);
            assertThat(nativeName.getValue()).isEqualTo("መሮን ተስፋየ ሃይለ");
            PDFont font = fontOf(nativeName, form);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("Ethiopic");
        }
        byte[] cyrillic = I589Pdf.fill(I589Records.application(I589Records.withNativeNames("Иванов Пётр", "NGUYỄN")));
        try (PDDocument document = Loader.loadPDF(cyrillic)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("form1[0].#subform[11].TextField27[1]").getValueAsString()).isEqualTo("Иванов Пётр");
            assertThat(form.getField("form1[0].#subform[11].TextField27[4]").getValueAsString()).isEqualTo("Иванов Пётр");
            assertThat(fontOf((PDTextField) form.getField(NATIVE_NAME), form).isEmbedded()).isTrue();
            assertThat(form.getField("form1[0].#subform[1].ChildLast1[0]").getValueAsString()).isEqualTo("NGUYỄN");
        }
    }

    @Test
    void aScriptThatNeedsShapingIsRefusedWithoutItsValue() {
        I589Application arabic = I589Records.application(I589Records.withNativeNames("مريم حسن", "Yonas"));

        assertThatThrownBy(() -> I589Pdf.fill(arabic))
                .isInstanceOf(UnprintableTextException.class)
                .hasMessageContaining("/declaration/nameInNativeAlphabet")
                .hasMessageContaining("ARABIC")
                .hasMessageNotContaining("مريم");
    }

    @Test
    void aRecordWithErrorsIsNotFilledAndItsViolationsSayWhy() {
        ObjectNode record = SpecExamples.example("I589InvalidANumberAndFutureBirthDate").copy();
        I589Application invalid = I589Records.application(record);

        assertThatThrownBy(() -> I589Pdf.fill(invalid))
                .isInstanceOfSatisfying(RecordNotFillableException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::getPointer).contains("/applicant/dateOfBirth");
                    assertThat(e.getMessage()).doesNotContain(record.path("applicant").path("lastName").asText());
                });
    }

    @Test
    void warningsDoNotStopTheFiller() throws IOException {
        SpecExamples.Example poBox = SpecExamples.example("I589PoBoxResidence");
        assertThat(poBox.hasErrors()).isFalse();
        assertThat(poBox.expected()).isNotEmpty();

        byte[] pdf = I589Pdf.fill(I589Records.application(poBox.copy()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(12);
        }
    }

    @Test
    void aLongNarrativeContinuesOnSupplementBWithItsPartAndQuestion() throws IOException {
        byte[] pdf = I589Pdf.fill(I589Records.application(I589Records.withNarrative(5000)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            String inTheBox = form.getField("form1[0].#subform[5].#subform[6].TextField14[0]").getValueAsString();
            assertThat(inTheBox.length()).isBetween(300, 1500);
            List<PDField> continued = sheetTexts(form).stream()
                    .filter(field -> field.getCOSObject().getString(COSName.getPDFName("GovFormsContinues"), "")
                            .endsWith("TextField14[0]"))
                    .toList();
            assertThat(continued).isNotEmpty();
            String page = continued.get(0).getFullyQualifiedName().replace("TextField32[0]", "");
            assertThat(form.getField(page + "TextField31[0]").getValueAsString()).isEqualTo("B");
            assertThat(form.getField(page + "TextField31[1]").getValueAsString()).isEqualTo("1.A (cont.)");
            String whole = inTheBox + String.join("", continued.stream().map(PDField::getValueAsString).toList());
            assertThat(whole).isEqualTo(I589Records.withNarrative(5000).at("/claim/pastHarm/explanation").asText());
        }
    }

    @Test
    void childrenPastSixGoOnCopiesOfSupplementAWithTheHeaderCopied() throws IOException {
        byte[] pdf = I589Pdf.fill(I589Records.application(I589Records.withChildren(9)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            // children 7 and 8 on the first copy, 9 on the second
            assertThat(form.getField("form1[0].#subform[12]Copy[1].TextField12[2]").getValueAsString()).isEqualTo("Aron");
            assertThat(form.getField("form1[0].#subform[12]Copy[2].TextField12[2]").getValueAsString()).isEqualTo("Mikael");
            assertThat(form.getField("form1[0].#subform[12]Copy[2].TextField12[12]").getValueAsString()).isEmpty();
            assertThat(form.getField("form1[0].#subform[12]Copy[2].ApplicantName[0]").getValueAsString()).isEqualTo("Meron Tesfaye Haile");
            assertThat(form.getField("form1[0].#subform[12]Copy[2].PtAILine1_ANumber[1]").getValueAsString()).isEqualTo("012345678");
            assertThat(document.getPage(11).getCOSObject()).isEqualTo(pageOf(form, "form1[0].#subform[12]Copy[1].TextField12[2]"));
        }
    }

    @Test
    void qpdfFindsNoErrors() throws Exception {
        PdfTools.assumeInstalled("qpdf");
        for (byte[] pdf : List.of(complete, minimal, I589Pdf.fill(I589Records.application(I589Records.withChildren(9))))) {
            PdfTools.Run check = PdfTools.qpdfCheck(pdf);
            assertThat(check.exitCode()).as(check.output()).isZero();
            assertThat(check.output()).contains("No syntax or stream encoding errors found");
        }
    }

    @Test
    void popplerRendersEveryPage(@TempDir Path folder) throws Exception {
        PdfTools.assumeInstalled("pdftoppm");
        List<Path> pages = PdfTools.render(complete, 20, folder);
        int count;
        try (PDDocument document = Loader.loadPDF(complete)) {
            count = document.getNumberOfPages();
        }
        assertThat(count).isGreaterThan(12);
        assertThat(pages).hasSize(count).allSatisfy(page -> assertThat(Files.size(page)).isGreaterThan(1000));
    }

    private static List<PDField> sheetTexts(PDAcroForm form) {
        List<PDField> texts = new java.util.ArrayList<>();
        form.getFieldTree().forEach(field -> {
            if (field.getPartialName().equals("TextField32[0]")) {
                texts.add(field);
            }
        });
        return texts;
    }

    private static Object pageOf(PDAcroForm form, String box) {
        return ((PDTextField) form.getField(box)).getWidgets().get(0).getPage().getCOSObject();
    }

    private static PDFont fontOf(PDTextField field, PDAcroForm form) throws IOException {
        String name = field.getDefaultAppearance().split("\\s+")[0].substring(1);
        return form.getDefaultResources().getFont(COSName.getPDFName(name));
    }
}

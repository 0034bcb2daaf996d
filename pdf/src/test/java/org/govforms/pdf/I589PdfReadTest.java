package org.govforms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.govforms.pdf.form.UnreadableFormException;
import org.govforms.pdf.form.UnreadableFormException.Reason;
import org.junit.jupiter.api.Test;

/** Reading forms filled by hand in a viewer, and PDFs that are no readable I-589. */
class I589PdfReadTest {

    @Test
    void aFormFilledByHandInAViewerIsRead() throws Exception {
        byte[] pdf = filledByHand(Map.of(
                "form1[0].#subform[0].PtAILine4_LastName[0]", "Okafor",
                "form1[0].#subform[0].PtAILine5_FirstName[0]", "Chidi",
                "form1[0].#subform[0].DateTimeField1[0]", "11/30/2001",
                "form1[0].#subform[0].PtAILine8_AreaCode[0]", "713",
                "form1[0].#subform[0].PtAILine8_TelephoneNumber[0]", "555-0100",
                "form1[0].#subform[1].ChildMarital1[0]", "single",
                "form1[0].#subform[4].DateTimeField21[0]", "11/2001",
                "form1[0].#subform[13].TextField31[0]", "A.III",
                "form1[0].#subform[13].TextField32[0]", "My sister lives with our aunt."),
                "form1[0].#subform[0].PartALine9Sex[0]", "form1[0].#subform[1].ChildrenCheckbox[0]");

        FormReading<I589Application> read = I589Pdf.read(pdf);

        I589Application application = read.record();
        assertThat(application.getApplicant().getLastName()).isEqualTo("Okafor");
        assertThat(application.getApplicant().getDateOfBirth()).hasToString("2001-11-30");
        assertThat(application.getApplicant().getResidenceTelephoneNumber()).isEqualTo("+17135550100");
        assertThat(application.getApplicant().getSex()).hasToString("MALE");
        assertThat(application.getHasChildren()).isTrue();
        assertThat(application.getChildren().get(0).getMaritalStatus()).hasToString("SINGLE");
        assertThat(application.getBackground().getLastAddressBeforeUnitedStates().getFrom()).isEqualTo("2001-11");
        assertThat(application.getSupplementB().getEntries().get(0).getText()).isEqualTo("My sister lives with our aunt.");
        // a form half filled by hand breaks rules: they are reported, the record is still read
        assertThat(read.hasErrors()).isTrue();
        assertThat(read.violations()).extracting(Violation::getPointer).contains("/applicant/religion");
    }

    @Test
    void aBoxWhoseTextIsNoValueOfItsKindIsAViolationAtItsPointer() throws Exception {
        byte[] pdf = filledByHand(Map.of(
                "form1[0].#subform[0].PtAILine4_LastName[0]", "Okafor",
                "form1[0].#subform[0].DateTimeField1[0]", "the 30th of November",
                "form1[0].#subform[1].TotalChild[0]", "two"), "form1[0].#subform[0].CheckBox4[0]",
                "form1[0].#subform[0].CheckBox4[1]");

        FormReading<I589Application> read = I589Pdf.read(pdf);

        assertThat(read.record().getApplicant().getLastName()).isEqualTo("Okafor");
        assertThat(read.violations()).filteredOn(v -> v.getCode().startsWith("PDF_"))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/applicant/dateOfBirth", "I-589:A.I.12", "PDF_BOX_UNREADABLE"),
                        org.assertj.core.groups.Tuple.tuple("/totalNumberOfChildren", "I-589:A.II.CH.total", "PDF_BOX_UNREADABLE"),
                        org.assertj.core.groups.Tuple.tuple("/applicant/fluentInEnglish", "I-589:A.I.24", "PDF_BOXES_CONTRADICT"));
        assertThat(read.violations()).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("November").doesNotContain("two"));
    }

    @Test
    void aPdfThatIsNoPdfIsDamaged() {
        assertThatThrownBy(() -> I589Pdf.read("{\"formEdition\":\"01/20/25\"}".getBytes()))
                .isInstanceOfSatisfying(UnreadableFormException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        byte[] truncated = java.util.Arrays.copyOf(I589Pdf.fill(I589Records.application(I589Records.minimal())), 40_000);
        assertThatThrownBy(() -> I589Pdf.read(truncated)).isInstanceOf(UnreadableFormException.class);
    }

    @Test
    void anEncryptedFormIsRefused() throws Exception {
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(I589Pdf.fill(I589Records.application(I589Records.minimal())))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            document.protect(policy);
            encrypted = save(document);
        }
        assertThatThrownBy(() -> I589Pdf.read(encrypted))
                .isInstanceOfSatisfying(UnreadableFormException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
    }

    @Test
    void anotherPdfIsNotThisForm() throws Exception {
        assertThatThrownBy(() -> I589Pdf.read(page("Form W-9 (Rev. March 2024)")))
                .isInstanceOfSatisfying(UnreadableFormException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_THIS_FORM));
    }

    @Test
    void anotherEditionOfTheI589IsAnUnknownEdition() throws Exception {
        assertThatThrownBy(() -> I589Pdf.read(page("Form I-589  Edition  08/25/20")))
                .isInstanceOfSatisfying(UnreadableFormException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EDITION));
    }

    /** The blank form with these texts typed and boxes ticked, as a viewer saves it (the XFA left in). */
    private static byte[] filledByHand(Map<String, String> texts, String... ticked) throws IOException {
        try (InputStream in = I589Pdf.class.getClassLoader().getResourceAsStream("org/govforms/pdf/forms/i-589-edition-01-20-25.pdf");
             PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> text : texts.entrySet()) {
                form.getField(text.getKey()).setValue(text.getValue());
            }
            for (String box : ticked) {
                ((PDCheckBox) form.getField(box)).check();
            }
            return save(document);
        }
    }

    private static byte[] page(String footer) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                content.newLineAtOffset(40, 30);
                content.showText(footer);
                content.endText();
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

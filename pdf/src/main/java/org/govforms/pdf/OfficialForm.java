package org.govforms.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.Violations;
import org.govforms.model.Violation;
import org.govforms.pdf.form.FormDefinition;
import org.govforms.pdf.form.FormFiller;
import org.govforms.pdf.form.FormReader;
import org.govforms.pdf.form.UnreadableFormException;

/**
 * One official form for one kind of record: fills it from a record that has no errors, and reads a filled
 * one back. Built from a form definition (the blank PDF and its mapping, see {@link FormDefinition}).
 */
public final class OfficialForm<T> {

    /** Problems of reading are reported under this rule: the box does not hold a value of the item's kind. */
    public static final String READ_RULE = "schema:format";

    private final Class<T> type;
    private final FormDefinition definition;
    private final FormFiller filler;
    private final FormReader reader;
    private final GovFormsValidator validator;
    private final ObjectMapper json = GovFormsJson.newObjectMapper();

    public OfficialForm(Class<T> type, String definitionResource, GovFormsValidator validator) {
        this.type = type;
        this.definition = FormDefinition.load(definitionResource);
        this.filler = new FormFiller(definition, blank(definition));
        this.reader = new FormReader(definition);
        this.validator = validator;
    }

    public FormDefinition definition() {
        return definition;
    }

    /**
     * The official form filled from the record.
     *
     * @throws RecordNotFillableException if the record has errors (warnings do not stop it)
     * @throws org.govforms.pdf.form.UnprintableTextException if a value is in a script the form cannot print
     */
    public byte[] fill(T record) {
        List<Violation> violations = validator.validate(record);
        if (Violations.anyError(violations)) {
            throw new RecordNotFillableException(violations);
        }
        JsonNode tree = json.valueToTree(record);
        return filler.fill(tree);
    }

    /**
     * The record read from a filled form, with what could not be read and what the record breaks.
     *
     * @throws UnreadableFormException if the PDF is damaged, encrypted, not this form or another edition
     */
    public FormReading<T> read(byte[] pdf) throws UnreadableFormException {
        FormReader.Reading reading = reader.read(pdf);
        GovFormsValidator.Checked<T> checked = validator.read(bytes(reading.record()), type);
        List<Violation> violations = new ArrayList<>();
        reading.problems().forEach(problem -> violations.add(Violations.of(type, problem.pointer(), READ_RULE, false,
                problem.code(), problem.message())));
        violations.addAll(checked.violations());
        violations.sort(Violations.ORDER);
        return new FormReading<>(checked.record(), List.copyOf(violations));
    }

    private byte[] bytes(JsonNode record) {
        try {
            return json.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record read from a form is always JSON", e);
        }
    }

    private static byte[] blank(FormDefinition definition) {
        try (InputStream in = OfficialForm.class.getClassLoader().getResourceAsStream(definition.pdfResource())) {
            if (in == null) {
                throw new IllegalStateException("the blank " + definition.form() + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blank " + definition.form(), e);
        }
    }
}

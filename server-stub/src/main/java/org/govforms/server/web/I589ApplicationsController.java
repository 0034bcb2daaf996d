package org.govforms.server.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.Violations;
import org.govforms.model.I589Application;
import org.govforms.model.I589ApplicationExtraction;
import org.govforms.model.I589ApplicationPage;
import org.govforms.model.ValidationReport;
import org.govforms.pdf.FormReading;
import org.govforms.pdf.I589Pdf;
import org.govforms.pdf.OfficialForm;
import org.govforms.pdf.RecordNotFillableException;
import org.govforms.pdf.form.UnprintableTextException;
import org.govforms.pdf.form.UnreadableFormException;
import org.govforms.server.api.I589ApplicationsApi;
import org.govforms.server.records.BadRequestException;
import org.govforms.server.records.InvalidRecordException;
import org.govforms.server.records.Page;
import org.govforms.server.records.ProblemException;
import org.govforms.server.records.RecordFamily;
import org.govforms.server.records.Records;
import org.govforms.server.records.Stored;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class I589ApplicationsController implements I589ApplicationsApi {

    private static final RecordFamily<I589Application> I589 = new RecordFamily<>("i589-applications", I589Application.class);

    private final Records records;
    private final OfficialForm<I589Application> officialForm;
    private final ObjectMapper objectMapper;

    I589ApplicationsController(Records records, GovFormsValidator validator, ObjectMapper objectMapper) {
        this.records = records;
        this.officialForm = new OfficialForm<>(I589Application.class, I589Pdf.DEFINITION, validator);
        this.objectMapper = objectMapper;
    }

    @Override
    public ResponseEntity<I589Application> createI589Application(I589Application application, String idempotencyKey) {
        return Responses.created("/v1/i589-applications/", records.create(I589, idempotencyKey, application));
    }

    @Override
    public ResponseEntity<I589Application> getI589Application(UUID applicationId) {
        return Responses.ok(records.get(I589, applicationId));
    }

    @Override
    public ResponseEntity<I589Application> replaceI589Application(UUID applicationId, String ifMatch,
                                                                  I589Application application) {
        return Responses.ok(records.replace(I589, applicationId, ifMatch, application));
    }

    @Override
    public ResponseEntity<I589ApplicationPage> listI589Applications(Integer pageSize, String pageToken) {
        Page<I589Application> page = records.list(I589, pageSize, pageToken);
        return ResponseEntity.ok(new I589ApplicationPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateI589Application(I589Application application) {
        return ResponseEntity.ok(records.validate(I589, application));
    }

    /** The stored application on the official form; a record with errors is not filled (400 with its violations). */
    @Override
    public ResponseEntity<Resource> getI589ApplicationPdf(UUID applicationId) {
        Stored<I589Application> stored = records.get(I589, applicationId);
        byte[] pdf;
        try {
            pdf = officialForm.fill(stored.record());
        } catch (RecordNotFillableException e) {
            throw new InvalidRecordException(e.violations());
        } catch (UnprintableTextException e) {
            throw new BadRequestException(e.getMessage());
        }
        return ResponseEntity.ok().eTag(stored.etag()).contentType(MediaType.APPLICATION_PDF).body(new ByteArrayResource(pdf));
    }

    /** The application read from a filled form, with its violations; nothing is stored. */
    @Override
    public ResponseEntity<I589ApplicationExtraction> extractI589ApplicationFromPdf(Resource body) {
        FormReading<I589Application> read;
        try {
            read = officialForm.read(body.getContentAsByteArray());
        } catch (UnreadableFormException e) {
            throw new ProblemException(400, "unreadable-form", "The PDF cannot be read as a Form I-589", e.getMessage());
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read; send the filled form as application/pdf.");
        }
        Map<String, Object> application = read.record() == null ? null
                : objectMapper.convertValue(read.record(), new TypeReference<Map<String, Object>>() { });
        return ResponseEntity.ok(new I589ApplicationExtraction().application(application)
                .valid(!Violations.anyError(read.violations())).violations(read.violations()));
    }
}

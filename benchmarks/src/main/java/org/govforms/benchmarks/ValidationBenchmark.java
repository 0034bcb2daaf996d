package org.govforms.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.I589Application;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The complete I-589 example: read and validated with every domain rule (GovFormsValidator), against only
 * parsing it with Jackson (the baseline), and against validating it with networknt on the spec's schema.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    private byte[] complete;
    private ObjectMapper json;
    private GovFormsValidator validator;
    private JsonSchema schema;

    @Setup
    public void setUp() throws IOException {
        JsonNode spec = spec();
        complete = GovFormsJson.newObjectMapper().writeValueAsBytes(spec.at("/components/examples/I589Complete/value"));
        json = GovFormsJson.newObjectMapper();
        validator = new GovFormsValidator();
        // OpenAPI 3.0 schemas are a JSON Schema draft 4 dialect; $refs point into the whole document
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        schema = factory.getSchema(com.networknt.schema.SchemaLocation.of(
                "classpath:" + SpecIndex.SPEC_RESOURCE + "#/components/schemas/I589Application"));
        Set<ValidationMessage> messages = schema.validate(json.readTree(complete));
        if (!messages.isEmpty()) {
            throw new IllegalStateException("the complete example should meet the spec's schema: " + messages.size());
        }
        if (!validator.read(complete, I589Application.class).violations().isEmpty()) {
            throw new IllegalStateException("the complete example should be valid");
        }
    }

    @Benchmark
    public I589Application jacksonParse() throws IOException {
        return json.readValue(complete, I589Application.class);
    }

    @Benchmark
    public Object govFormsValidate() {
        return validator.read(complete, I589Application.class);
    }

    @Benchmark
    public Set<ValidationMessage> networkntSchemaValidate() throws IOException {
        return schema.validate(json.readTree(complete));
    }

    static JsonNode spec() throws IOException {
        try (InputStream in = ValidationBenchmark.class.getClassLoader().getResourceAsStream(SpecIndex.SPEC_RESOURCE)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}

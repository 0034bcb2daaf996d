package org.govforms.benchmarks;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.govforms.client.GovFormsClient;
import org.govforms.domain.GovFormsJson;
import org.govforms.model.I589Application;
import org.govforms.server.GovFormsServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creating the complete I-589 example through the SDK, against raw OkHttp + Jackson posting the same bytes
 * and reading the answer (the baseline), on one in-process server with an in-memory database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SdkRoundTripBenchmark {

    private static final String KEY = "govforms-dev-key";
    private static final MediaType JSON = MediaType.get("application/json");

    private ConfigurableApplicationContext server;
    private GovFormsClient sdk;
    private OkHttpClient okHttp;
    private String createUrl;
    private byte[] bytes;
    private I589Application application;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = GovFormsJson.newObjectMapper();

    @Setup
    public void setUp() throws IOException {
        server = new SpringApplicationBuilder(GovFormsServer.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        String baseUrl = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        bytes = GovFormsJson.newObjectMapper().writeValueAsBytes(ValidationBenchmark.spec().at("/components/examples/I589Complete/value"));
        application = GovFormsJson.newObjectMapper().readValue(bytes, I589Application.class);
        sdk = GovFormsClient.builder().baseUrl(baseUrl).apiKey(KEY).build();
        okHttp = new OkHttpClient();
        createUrl = baseUrl + "/v1/i589-applications";
    }

    @TearDown
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public I589Application sdkCreate() {
        return sdk.i589Applications().create(application);
    }

    @Benchmark
    public Object rawOkHttpJacksonCreate() throws IOException {
        Request request = new Request.Builder().url(createUrl).header("Authorization", "Bearer " + KEY)
                .post(RequestBody.create(bytes, JSON)).build();
        try (Response response = okHttp.newCall(request).execute()) {
            if (response.code() != 201) {
                throw new IllegalStateException("create answered " + response.code());
            }
            return mapper.readValue(response.body().byteStream(), I589Application.class);
        }
    }
}

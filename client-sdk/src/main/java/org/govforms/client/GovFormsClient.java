package org.govforms.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.govforms.client.api.ExternalAuditsApi;
import org.govforms.client.api.I589ApplicationsApi;
import org.govforms.client.api.ProfessionalJudgmentPoliciesApi;
import org.govforms.client.api.ProfessionalJudgmentRecordsApi;
import org.govforms.client.api.I914ApplicationsApi;
import org.govforms.client.api.I914DerivativeApplicationsApi;
import org.govforms.client.api.I914LawEnforcementDeclarationsApi;
import org.govforms.client.api.RulesApi;
import org.govforms.client.invoker.ApiResponseDecoder;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.GovFormsValidator;
import org.govforms.model.RuleCatalogue;

/**
 * The GovForms client: one per server and API key, safe to share between threads.
 *
 * <pre>{@code
 * GovFormsClient client = GovFormsClient.builder()
 *         .baseUrl("http://localhost:8080")
 *         .apiKey(System.getenv("GOVFORMS_API_KEY"))
 *         .build();
 * I589Application stored = client.i589Applications().create(application);
 * }</pre>
 *
 * Creates carry an Idempotency-Key and requests that are safe to repeat are retried (see
 * {@link Builder#maxRetries}); replaces send the ETag of the record as last read. Errors are
 * {@link GovFormsException}s, none of which holds the API key or a value of a record.
 */
public final class GovFormsClient {

    private final I589Applications i589Applications;
    private final ProfessionalJudgmentRecords professionalJudgmentRecords;
    private final ProfessionalJudgmentPolicies professionalJudgmentPolicies;
    private final I914Applications i914Applications;
    private final RulesApi rules;
    private final ExternalAudits externalAudits;
    private final PdfExtractions pdfExtractions;
    private final GovFormsValidator validator = new GovFormsValidator();

    private GovFormsClient(Builder builder) {
        ObjectMapper mapper = GovFormsJson.newObjectMapper()
                // a newer server may add properties; this client reads on without them
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        OkHttpClient base = builder.okHttpClient == null ? new OkHttpClient() : builder.okHttpClient;
        OkHttpClient.Builder http = base.newBuilder()
                .socketFactory(new NoDelaySocketFactory(base.socketFactory()))
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.writeTimeout)
                .callTimeout(builder.callTimeout)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", "govforms-java-sdk/" + SdkVersion.VALUE)
                        .build()))
                .addInterceptor(new RetryInterceptor(builder.maxRetries, builder.retryBaseDelay));
        if (builder.requestLogging) {
            http.addNetworkInterceptor(new RequestLog());
        }
        String apiKey = builder.apiKey;
        Feign.Builder feign = Feign.builder()
                .client(new feign.okhttp.OkHttpClient(http.build()))
                .encoder(new RecordEncoder(mapper))
                .decoder(new ApiResponseDecoder(mapper))
                .errorDecoder(new ProblemDecoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(builder.connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                        builder.readTimeout.toMillis(), TimeUnit.MILLISECONDS, true))
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + apiKey));
        ETags etags = new ETags();
        I589ApplicationsApi i589 = feign.target(I589ApplicationsApi.class, builder.baseUrl);
        this.i589Applications = new I589Applications(i589, etags);
        this.pdfExtractions = new PdfExtractions(i589, mapper);
        this.rules = feign.target(RulesApi.class, builder.baseUrl);
        this.professionalJudgmentRecords = new ProfessionalJudgmentRecords(
                feign.target(ProfessionalJudgmentRecordsApi.class, builder.baseUrl), etags);
        this.professionalJudgmentPolicies = new ProfessionalJudgmentPolicies(
                feign.target(ProfessionalJudgmentPoliciesApi.class, builder.baseUrl), etags);
        this.externalAudits = new ExternalAudits(feign.target(ExternalAuditsApi.class, builder.baseUrl), etags);
        this.i914Applications = new I914Applications(feign.target(I914ApplicationsApi.class, builder.baseUrl),
                feign.target(I914DerivativeApplicationsApi.class, builder.baseUrl),
                feign.target(I914LawEnforcementDeclarationsApi.class, builder.baseUrl), etags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Form I-589, Application for Asylum and for Withholding of Removal. */
    public I589Applications i589Applications() {
        return i589Applications;
    }

    /** FAFSA professional-judgment records (Dear Colleague Letter GEN-22-15). */
    public ProfessionalJudgmentRecords professionalJudgmentRecords() {
        return professionalJudgmentRecords;
    }

    /** Form I-914, Application for T Nonimmigrant Status, with its Supplements A and B under each application. */
    public I914Applications i914Applications() {
        return i914Applications;
    }

    /** External audits, inspections and reviews tracked under ICE Directive 1035.1. */
    public ExternalAudits externalAudits() {
        return externalAudits;
    }

    /** Institutions' professional-judgment policies and disclosures. */
    public ProfessionalJudgmentPolicies professionalJudgmentPolicies() {
        return professionalJudgmentPolicies;
    }

    /** Records read from filled official forms (PDF), without storing them. */
    public PdfExtractions pdfExtractions() {
        return pdfExtractions;
    }

    /** The rule catalogue of one family (e.g. "I-589"), or of all when family is null. */
    public RuleCatalogue rules(String family) {
        return Calls.call(() -> rules.listRules(family));
    }

    /** The domain validator the server runs, to check a record before sending it: the same violations. */
    public GovFormsValidator validator() {
        return validator;
    }

    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ZERO;
        private int maxRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(250);
        private OkHttpClient okHttpClient;
        private boolean requestLogging;

        private Builder() {
        }

        /** The server's base URL, e.g. http://localhost:8080. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** The longest a whole call may take, retries included; zero (the default) for no limit. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How often a request that is safe to repeat is retried (default 2; 0 for never). */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries cannot be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** The first retry waits up to this long, each next one twice as long (with jitter). */
        public Builder retryBaseDelay(Duration delay) {
            this.retryBaseDelay = Objects.requireNonNull(delay);
            return this;
        }

        /** An OkHttpClient of the application's, to share its connection pool and dispatcher. */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client);
            return this;
        }

        /** Logs each request's method, path, status and duration to SLF4J ({@code org.govforms.client}). */
        public Builder requestLogging(boolean enabled) {
            this.requestLogging = enabled;
            return this;
        }

        public GovFormsClient build() {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalStateException("apiKey is required");
            }
            return new GovFormsClient(this);
        }

        @Override
        public String toString() {
            return "GovFormsClient.Builder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "[redacted]") + "]";
        }
    }
}

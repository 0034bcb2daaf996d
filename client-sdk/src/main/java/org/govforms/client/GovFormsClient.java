package org.govforms.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.govforms.client.api.I589ApplicationsApi;
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
 * Every error the server answers arrives as a {@link GovFormsApiException} that carries the problem and
 * its violations.
 */
public final class GovFormsClient {

    private final I589Applications i589Applications;
    private final I914Applications i914Applications;
    private final RulesApi rules;
    private final GovFormsValidator validator = new GovFormsValidator();

    private GovFormsClient(Builder builder) {
        ObjectMapper mapper = GovFormsJson.newObjectMapper()
                // a newer server may add properties; this client reads on without them
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .build();
        Feign.Builder feign = Feign.builder()
                .client(new feign.okhttp.OkHttpClient(http))
                .encoder(new JacksonEncoder(mapper))
                .decoder(new ApiResponseDecoder(mapper))
                .errorDecoder(new ProblemDecoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(builder.connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                        builder.readTimeout.toMillis(), TimeUnit.MILLISECONDS, true))
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + builder.apiKey));
        this.i589Applications = new I589Applications(feign.target(I589ApplicationsApi.class, builder.baseUrl));
        this.rules = feign.target(RulesApi.class, builder.baseUrl);
        this.i914Applications = new I914Applications(feign.target(I914ApplicationsApi.class, builder.baseUrl),
                feign.target(I914DerivativeApplicationsApi.class, builder.baseUrl),
                feign.target(I914LawEnforcementDeclarationsApi.class, builder.baseUrl));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Form I-589, Application for Asylum and for Withholding of Removal. */
    public I589Applications i589Applications() {
        return i589Applications;
    }

    /** Form I-914, Application for T Nonimmigrant Status, with its Supplements A and B under each application. */
    public I914Applications i914Applications() {
        return i914Applications;
    }

    /** The rule catalogue of one family (e.g. "I-589"), or of all when family is null. */
    public RuleCatalogue rules(String family) {
        return rules.listRules(family);
    }

    /** The domain validator the server runs, for checking a record before sending it. */
    public GovFormsValidator validator() {
        return validator;
    }

    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);

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

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout);
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout);
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

package org.govforms.client;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** WireMock stand-ins for the GovForms server in the SDK's behaviour tests. */
final class Stubs {

    private Stubs() {
    }

    /** A WireMock server on a free port, reset before each test. */
    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /** A JSON answer; a problem+json one for an error status, as the server gives. */
    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    static String problem(int status) {
        return "{\"type\":\"urn:govforms:problem:test\",\"title\":\"Refused\",\"status\":" + status + "}";
    }
}

package org.govforms.server.web;

import org.govforms.model.I589Application;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling for the load test (docs/benchmarks.md): parses an application and answers it unchanged, with
 * no validation and no storage, behind the same filters as the API. Exists only under the benchmark profile.
 */
@RestController
@Profile("benchmark")
class BenchmarkEchoController {

    @PostMapping(path = "/v1/benchmark/echo", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    I589Application echo(@RequestBody I589Application application) {
        return application;
    }
}

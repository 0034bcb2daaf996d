package org.govforms.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's optional log (SLF4J logger {@code org.govforms.client}): method, path, status and duration of
 * each attempt. Never headers (the API key), query strings or bodies (personal values).
 */
final class RequestLog implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger("org.govforms.client");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            LOG.info("{} {} -> {} in {} ms", request.method(), request.url().encodedPath(), response.code(),
                    (System.nanoTime() - start) / 1_000_000);
            return response;
        } catch (IOException e) {
            LOG.info("{} {} -> no answer ({}) in {} ms", request.method(), request.url().encodedPath(),
                    e.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
            throw e;
        }
    }
}

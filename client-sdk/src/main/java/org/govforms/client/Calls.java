package org.govforms.client;

import feign.RetryableException;
import java.util.function.Supplier;

/** Runs a call of a generated client and reports a missing answer as a {@link NetworkException}. */
final class Calls {

    private Calls() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (RetryableException noAnswer) {
            throw new NetworkException("No answer from the GovForms server (" + noAnswer.method() + " "
                    + pathOf(noAnswer.request() == null ? null : noAnswer.request().url()) + ")", noAnswer.getCause());
        }
    }

    private static String pathOf(String url) {
        if (url == null) {
            return "";
        }
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}

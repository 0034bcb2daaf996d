package org.govforms.server.web;

import jakarta.servlet.ServletRequest;
import java.util.UUID;

/** A random id for each request, in its problem answers' {@code instance} and in its access-log line. */
public final class RequestId {

    private static final String ATTRIBUTE = RequestId.class.getName();

    private RequestId() {
    }

    public static String of(ServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = "urn:uuid:" + UUID.randomUUID();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }
}

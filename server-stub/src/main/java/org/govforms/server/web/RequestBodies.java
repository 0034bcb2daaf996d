package org.govforms.server.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's body, once the caller is known, before any handler runs and without holding a thread while
 * it arrives: a slow client waits on the connection, not on one of the server's threads. A body larger than
 * {@code govforms.max-request-bytes} is refused with 413 (at once when its Content-Length says so), and one that
 * has not fully arrived within {@code govforms.request-body-timeout} with 408; either closes the connection.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
public class RequestBodies extends OncePerRequestFilter {

    private static final String BODY = RequestBodies.class.getName() + ".body";

    private final ProblemWriter problems;
    private final long maxBytes;
    private final Duration timeout;

    public RequestBodies(ProblemWriter problems, @Value("${govforms.max-request-bytes:2097152}") long maxBytes,
                         @Value("${govforms.request-body-timeout:20s}") Duration timeout) {
        this.problems = problems;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    String advice() {
        return "Send at most " + maxBytes + " bytes.";
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            chain.doFilter(new ReadRequest(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(timeout.toMillis());
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                if (answered.compareAndSet(false, true)) {
                    response.setHeader(HttpHeaders.CONNECTION, "close");
                    problems.write(request, response, HttpStatus.REQUEST_TIMEOUT, "request-timeout",
                            "The request body did not arrive in time",
                            "Send the whole body within " + timeout.toSeconds() + " seconds.");
                }
                async.complete();
            }

            @Override
            public void onError(AsyncEvent event) {
                answered.set(true);
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        ServletInputStream in = request.getInputStream();
        in.setReadListener(new ReadListener() {
            private final ByteArrayOutputStream body = new ByteArrayOutputStream();
            private final byte[] chunk = new byte[16 * 1024];

            @Override
            public void onDataAvailable() throws IOException {
                while (in.isReady() && !answered.get()) {
                    int read = in.read(chunk);
                    if (read < 0) {
                        return;
                    }
                    body.write(chunk, 0, read);
                    if (body.size() > maxBytes && answered.compareAndSet(false, true)) {
                        tooLarge(request, response);
                        async.complete();
                        return;
                    }
                }
            }

            @Override
            public void onAllDataRead() {
                if (answered.compareAndSet(false, true)) {
                    request.setAttribute(BODY, body.toByteArray());
                    async.dispatch();
                }
            }

            @Override
            public void onError(Throwable failure) {
                // the client went away while sending: there is no one to answer
                if (answered.compareAndSet(false, true)) {
                    async.complete();
                }
            }
        });
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The request body is too large", advice());
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The request with its body already read. */
    private static final class ReadRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

package org.govforms.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.SpecExamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow clients: 200 connections that send a record's body a byte at a time hold no thread of the server, so
 * every other client is served meanwhile; each slow one is answered 408 once its body is late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        "govforms.request-body-timeout=3s"})
class SlowClientsApiTest {

    private static final int SLOW_CLIENTS = 200;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesHoldNoThreadAndAreAnswered408() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/i589-applications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.DEV_KEY
                        + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            Api api = new Api(port, Api.DEV_KEY);
            for (int i = 0; i < 10; i++) {
                trickle(slow);
                assertThat(api.post("/v1/i589-applications", SpecExamples.example("I589Minimal").json()).status()).isEqualTo(201);
                assertThat(api.get("/v1/i589-applications").status()).isEqualTo(200);
            }
            for (Socket socket : slow) {
                RawHttp.Answer answer = RawHttp.parse(socket.getInputStream());
                assertThat(answer.status()).isEqualTo(408);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(answer.header("Connection")).isEqualTo("close");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertThat(new Api(port, Api.DEV_KEY).get("/v1/i589-applications").json().path("items"))
                .as("only the ten whole records were stored").hasSize(10);
    }

    private static void trickle(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
            } catch (IOException answeredAlready) {
                // the server answered 408 and closed it
            }
        }
    }
}

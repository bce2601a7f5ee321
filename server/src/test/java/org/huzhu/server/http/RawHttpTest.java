package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed HTTP from a socket: refused by Jetty's parser or by our handlers, the answer is always the JSON error body
 * of docs/protocol.md §9 with {@code Content-Type: application/json}, never an HTML page or an empty body.
 */
class RawHttpTest {

    @TempDir
    static Path folder;

    private static RunningServer running;

    @BeforeAll
    static void start() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    private static String post(String path, String contentLength) throws Exception {
        // Headers only: the server must answer on the declared length, without waiting for a body.
        return Refusals.of(RawExchange.exchange(running.server.port(), "POST " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                + "\r\n\r\n"));
    }

    private static String raw(String request) throws Exception {
        return Refusals.of(RawExchange.exchange(running.server.port(), request));
    }

    @Test
    void aContentLengthBeyondTheLimitIs413AtOnceWhateverItsSize() throws Exception {
        for (String length : List.of("1048577", "2147483648", "9223372036854775807", "9223372036854775808",
                "99999999999999999999", "184467440737095516160000")) {
            for (String path : List.of("/v1/batches", "/v1/enrolment")) {
                assertThat(post(path, length)).as("%s %s", path, length).isEqualTo("413 body-too-large");
            }
        }
    }

    @Test
    void aContentLengthThatIsNoNumberIsAnInvalidRequest() throws Exception {
        for (String length : List.of("-5", "-0", "abc", "+5", "0x10", "1 2", "5,5", "1e3")) {
            assertThat(post("/v1/batches", length)).as(length).isEqualTo("400 invalid-request");
        }
        assertThat(raw("POST /v1/batches HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"))
                .isEqualTo("400 invalid-request");
    }

    @Test
    void aChunkedBodyBeyondTheLimitIs413AndBrokenChunkingAnInvalidRequest() throws Exception {
        int size = (1 << 20) + 1;
        String head = "POST /v1/batches HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        byte[] chunk = (Integer.toHexString(size) + "\r\n" + " ".repeat(size) + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length() + chunk.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
        System.arraycopy(chunk, 0, request, head.length(), chunk.length);

        assertThat(Refusals.of(RawExchange.exchange(running.server.port(), request))).isEqualTo("413 body-too-large");
        assertThat(raw(head + "zz\r\n")).isEqualTo("400 invalid-request");
        assertThat(Refusals.of(RawExchange.exchangeEndingEarly(running.server.port(), head + "5\r\nabc")))
                .as("the request ends inside a chunk").isEqualTo("400 invalid-request");
        assertThat(Refusals.of(RawExchange.exchangeEndingEarly(running.server.port(), "POST /v1/batches HTTP/1.1\r\n"
                + "Host: a\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\nabc")))
                .as("the request ends before its Content-Length").isEqualTo("400 invalid-request");
    }

    @Test
    void malformedRequestLinesAndHeadersGetJsonErrors() throws Exception {
        assertThat(raw("GET /v1/health HTTP/1.1\r\n\r\n")).as("no Host").isEqualTo("400 invalid-request");
        assertThat(raw("GET /v1/health HTTP/1.1\r\nHost: a\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"))
                .isEqualTo("431 invalid-request");
        assertThat(raw("GET /v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n\r\n"))
                .isEqualTo("414 invalid-request");
        for (String target : List.of("/v1/%zz", "/v1/health%00", "/v1/../../etc/passwd", "http://other/v1/health")) {
            assertThat(raw("GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n")).as(target)
                    .isEqualTo("400 invalid-request");
        }
        assertThat(raw("GET /v1/health HTTP/1.1\r\nHost: a\r\nNo colon here\r\n\r\n")).isEqualTo("400 invalid-request");
        assertThat(raw("GET /v1/health HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n"))
                .isEqualTo("400 invalid-request");
    }

    @Test
    void unsupportedHttpVersionsGetJsonErrors() throws Exception {
        assertThat(raw("GET /v1/health HTTP/1.2\r\nHost: a\r\n\r\n")).isEqualTo("505 invalid-request");
        assertThat(raw("GET /v1/health FOO/1.1\r\nHost: a\r\n\r\n")).isEqualTo("505 invalid-request");
        assertThat(raw("GET /v1/health HTTP/2.0\r\nHost: a\r\n\r\n")).isEqualTo("426 invalid-request");
    }

    @Test
    void requestsJettyRoutesNowhereGetJsonErrors() throws Exception {
        assertThat(raw("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")).isEqualTo("404 not-found");
        assertThat(raw("BREW /v1/health HTTP/1.1\r\nHost: a\r\n\r\n")).isEqualTo("405 method-not-allowed");
        assertThat(raw("DELETE /elsewhere HTTP/1.1\r\nHost: a\r\n\r\n")).isEqualTo("404 not-found");
    }
}

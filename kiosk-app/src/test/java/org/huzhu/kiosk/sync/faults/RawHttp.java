package org.huzhu.kiosk.sync.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Just enough HTTP/1.1 for {@link FaultyProxy}: one request per connection, request bodies by
 * {@code Content-Length} (what the JDK client sends), answers read until the server closes. Every message leaves
 * with {@code Connection: close}, so neither side ever reuses a connection the proxy is about to break.
 */
final class RawHttp {

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    /**
     * Headers about the connection rather than the message. The JDK client offers an h2c upgrade on plain http;
     * dropping it keeps both sides on HTTP/1.1.
     */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "upgrade",
            "http2-settings");

    /** A start line, headers (as "Name: value" lines, hop-by-hop ones removed) and the body bytes as they came. */
    record Message(String startLine, List<String> headers, byte[] body) {

        /** The message on the wire, marked as the last on its connection. */
        byte[] bytes() {
            StringBuilder head = new StringBuilder(startLine).append("\r\n");
            headers.forEach(header -> head.append(header).append("\r\n"));
            head.append("Connection: close\r\n\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, all, 0, headBytes.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            return all;
        }

        Optional<String> header(String name) {
            return headers.stream().filter(line -> nameOf(line).equals(name.toLowerCase(Locale.ROOT)))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        }
    }

    private RawHttp() {
    }

    /** The next request, or empty if the client closed before sending one. */
    static Optional<Message> readRequest(InputStream in) throws IOException {
        Optional<Message> head = readHead(in);
        if (head.isEmpty()) {
            return head;
        }
        if (head.get().header("transfer-encoding").isPresent()) {
            throw new IOException("the test proxy accepts only Content-Length request bodies");
        }
        int length = head.get().header("content-length").map(Integer::parseInt).orElse(0);
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("request body cut short: " + body.length + " of " + length + " bytes");
        }
        return Optional.of(new Message(head.get().startLine(), head.get().headers(), body));
    }

    /** A whole answer from a server asked with {@code Connection: close}: everything up to its end of stream. */
    static Message readAnswer(InputStream in) throws IOException {
        Message head = readHead(in).orElseThrow(() -> new EOFException("the server closed without answering"));
        return new Message(head.startLine(), head.headers(), in.readAllBytes());
    }

    /** An answer the proxy makes up itself. */
    static Message answer(int status, String reasonPhrase, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Message("HTTP/1.1 " + status + " " + reasonPhrase,
                List.of("Content-Type: " + contentType, "Content-Length: " + bytes.length), bytes);
    }

    private static Optional<Message> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0; // how much of CR LF CR LF has been seen
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return Optional.empty();
                }
                throw new EOFException("connection closed inside a message head");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("message head larger than " + MAX_HEAD_BYTES + " bytes");
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].indexOf(':') < 1) {
                throw new IOException("not a header line: " + lines[i]);
            }
            if (!HOP_BY_HOP.contains(nameOf(lines[i]))) {
                headers.add(lines[i]);
            }
        }
        return Optional.of(new Message(lines[0], List.copyOf(headers), new byte[0]));
    }

    private static String nameOf(String headerLine) {
        return headerLine.substring(0, headerLine.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    }
}

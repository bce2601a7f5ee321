package org.huzhu.kiosk.sync.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.sync.BatchRequest;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.ChainHead;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;

/**
 * A man in the middle at the server's address (plain http, no pinned certificate): it answers every batch itself with
 * 200 and a body of its choosing, and the real server never sees a thing. For the kiosk's side of hostile answers.
 */
final class ImpostorServer implements AutoCloseable {

    private final HttpServer http;

    private ImpostorServer(Function<List<Transaction>, byte[]> answer) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/v1/batches", exchange -> {
            byte[] body;
            try {
                body = answer.apply(envelopes(exchange.getRequestBody().readAllBytes()));
            } catch (ProtocolException e) {
                throw new IOException(e);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
    }

    /** Answers with bytes that are not JSON at all. */
    static ImpostorServer garbling() throws IOException {
        return new ImpostorServer(batch -> "{\"kioskId\": [".getBytes(StandardCharsets.UTF_8));
    }

    /** Answers every batch with {@code json}, whatever was sent. */
    static ImpostorServer answering(String json) throws IOException {
        return new ImpostorServer(batch -> json.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers "accepted" for every envelope, as a well-formed batch answer without a receipt. */
    static ImpostorServer acceptingEverything() throws IOException {
        return new ImpostorServer(batch -> {
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                UnsignedTransaction body = batch.get(i).body();
                verdicts.add(new Verdict(i, body.id().toString(), body.sequence(), Verdict.ACCEPTED, null, List.of(),
                        false));
            }
            UnsignedTransaction last = batch.getLast().body();
            try {
                return SyncJson.MAPPER.writeValueAsBytes(new BatchResponse(last.kioskId(), verdicts, null,
                        new ChainHead(last.sequence(), "0".repeat(64)), null));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private static List<Transaction> envelopes(byte[] request) throws IOException, ProtocolException {
        List<Transaction> transactions = new ArrayList<>();
        for (String encoded : SyncJson.MAPPER.readValue(request, BatchRequest.class).envelopes()) {
            transactions.add(TransactionCodec.decode(Base64.getDecoder().decode(encoded)));
        }
        return transactions;
    }
}

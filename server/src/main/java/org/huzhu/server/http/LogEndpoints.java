package org.huzhu.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.huzhu.protocol.log.TreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.auth.RequestAuthenticator;
import org.huzhu.server.counter.QueryParameters;
import org.huzhu.server.log.TransparencyLog;
import org.huzhu.server.store.StorageException;

/**
 * The transparency log's endpoints (docs/protocol.md §16, ADR 0024). Tree heads and proofs hold only hashes, sizes and
 * transaction ids, so anyone may read them without signing: a charity, an auditor or a resident's family checks the
 * server without a kiosk. The entries are whole envelopes, with residents' names and phone numbers in some, so only an
 * enrolled kiosk reads them, signed as its other GETs are. Queries are read as strictly as the counter's
 * ({@link QueryParameters}).
 */
public final class LogEndpoints {

    private static final byte[] NO_BODY = new byte[0];
    private static final Pattern TRANSACTION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final TransparencyLog log;
    private final RequestAuthenticator kiosks;

    public LogEndpoints(TransparencyLog log, RequestAuthenticator kiosks) {
        this.log = log;
        this.kiosks = kiosks;
    }

    void register(JavalinConfig config) {
        config.routes.get("/v1/log/tree-head", this::treeHead);
        config.routes.get("/v1/log/consistency", this::consistency);
        config.routes.get("/v1/log/inclusion", this::inclusion);
        config.routes.get("/v1/log/entries", this::entries);
    }

    private void treeHead(Context ctx) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(ctx.queryString(), Set.of("community"));
        JsonIo.write(ctx, 200, TreeHeadCodec.toTree(log.treeHead(community(query))));
    }

    private void consistency(Context ctx) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(ctx.queryString(), Set.of("community", "from", "to"));
        long from = required(query, "from");
        JsonIo.write(ctx, 200, log.consistency(community(query), from, optional(query, "to")));
    }

    private void inclusion(Context ctx) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(ctx.queryString(), Set.of("community", "transaction", "size"));
        String transaction = query.text("transaction").orElseThrow(() ->
                QueryParameters.invalid("transaction is required: the id of an accepted transaction"));
        if (!TRANSACTION_ID.matcher(transaction).matches()) {
            throw QueryParameters.invalid("transaction must be a transaction id in lower-case UUID form");
        }
        JsonIo.write(ctx, 200, log.inclusion(community(query), transaction, optional(query, "size")));
    }

    private void entries(Context ctx) throws ApiException, StorageException {
        kiosks.authenticate(ctx.method().name(), ApiHandlers.target(ctx), NO_BODY, ctx::header);
        QueryParameters query = QueryParameters.parse(ctx.queryString(), Set.of("start", "end"));
        JsonIo.write(ctx, 200, log.entries(required(query, "start"), required(query, "end")));
    }

    /** The community asked for, this server's when none is. */
    private String community(QueryParameters query) throws ApiException {
        String community = query.text("community").orElse(log.community());
        if (!TreeHead.isCommunityName(community)) {
            throw QueryParameters.invalid("community must be 1.." + TreeHead.MAX_COMMUNITY_LENGTH
                    + " characters, not blank");
        }
        return community;
    }

    private static long required(QueryParameters query, String name) throws ApiException {
        if (query.text(name).isEmpty()) {
            throw QueryParameters.invalid(name + " is required");
        }
        return query.integer(name, 0, Long.MAX_VALUE, 0);
    }

    private static OptionalLong optional(QueryParameters query, String name) throws ApiException {
        return query.text(name).isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(query.integer(name, 0, Long.MAX_VALUE, 0));
    }
}

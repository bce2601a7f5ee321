package org.huzhu.server.log;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.huzhu.protocol.log.ConsistencyProof;
import org.huzhu.protocol.log.InclusionProof;
import org.huzhu.protocol.log.LogConsistency;
import org.huzhu.protocol.log.LogEntries;
import org.huzhu.protocol.log.LogInclusion;
import org.huzhu.protocol.log.MerkleTree;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.log.TreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The transparency log as this node answers for it (docs/protocol.md §16, ADR 0024): per community an in-memory
 * {@link MerkleTree} of the {@code log_leaf} table, brought up to date from the table before every answer (another
 * node may have appended since), so every node of one database answers for the same tree. Heads are signed with the
 * server key when asked for. Thread-safe: the trees are guarded by this object's lock, never held while waiting for
 * the database, so a caller inside a database transaction must not call in (ingest does not).
 */
public final class TransparencyLog {

    /** The most entries one {@link #entries} answer holds. */
    public static final int MAX_ENTRIES = 256;

    private final Database database;
    private final ServerIdentity identity;
    private final String community;
    private final Clock clock;
    private final Map<String, MerkleTree> trees = new HashMap<>(); // guarded by this

    /** @param community the community this server keeps, whose log exists even while it is empty */
    public TransparencyLog(Database database, ServerIdentity identity, String community, Clock clock) {
        this.database = database;
        this.identity = identity;
        this.community = community;
        this.clock = clock;
    }

    /** The community this server keeps. */
    public String community() {
        return community;
    }

    /** The signed head of {@code community}'s log as it is now. */
    public SignedTreeHead treeHead(String community) throws StorageException, ApiException {
        return answer(community, (tree, size) -> head(community, tree, size));
    }

    /**
     * That the tree of {@code fromSize} is the start of the tree of {@code toSize}, the present size when absent;
     * with the signed head of {@code toSize}.
     */
    public LogConsistency consistency(String community, long fromSize, OptionalLong toSize)
            throws StorageException, ApiException {
        return answer(community, (tree, size) -> {
            long to = toSize.orElse(size);
            checkSize("to", to, size);
            if (fromSize > to) {
                throw invalid("from must not be larger than to (" + fromSize + " > " + to + ")");
            }
            ConsistencyProof proof = tree.consistencyProof(fromSize, to);
            return new LogConsistency(community, fromSize, to, hex(proof.path()),
                    TreeHeadCodec.toTree(head(community, tree, to)));
        });
    }

    /**
     * Where accepted transaction {@code transactionId} is in its community's tree of {@code treeSize} leaves, the
     * present size when absent; with the audit path and the signed head of that size.
     *
     * @throws ApiException 404 {@code not-in-log} when no accepted transaction of that id is in the log
     */
    public LogInclusion inclusion(String community, String transactionId, OptionalLong treeSize)
            throws StorageException, ApiException {
        Optional<LogLeaves.Position> found = database.inTransaction(connection ->
                LogLeaves.find(connection, transactionId));
        if (found.isEmpty() || !found.get().community().equals(community)) {
            throw new ApiException(404, Codes.NOT_IN_LOG, "no accepted transaction " + transactionId + " is in the log"
                    + " of community " + community);
        }
        LogLeaves.Position position = found.get();
        return answer(community, (tree, size) -> {
            long at = treeSize.orElse(size);
            checkSize("size", at, size);
            if (position.leafIndex() >= at) {
                throw invalid("transaction " + transactionId + " is leaf " + position.leafIndex()
                        + ", not in the tree of " + at + " leaves");
            }
            InclusionProof proof = tree.inclusionProof(position.leafIndex(), at);
            return new LogInclusion(community, transactionId, position.leafIndex(), at,
                    HexFormat.of().formatHex(position.leafHash()), hex(proof.path()),
                    TreeHeadCodec.toTree(head(community, tree, at)));
        });
    }

    /** Leaves {@code start} to {@code end} (exclusive) of this server's community, at most {@link #MAX_ENTRIES}. */
    public LogEntries entries(long start, long end) throws StorageException, ApiException {
        if (end <= start) {
            throw invalid("end must be larger than start");
        }
        long last = Math.min(end, start + MAX_ENTRIES);
        record Read(long size, List<LogEntries.Entry> entries) {
        }
        Read read = database.inTransaction(connection -> new Read(LogLeaves.size(connection, community),
                LogLeaves.entries(connection, community, start, last)));
        if (start > 0 && start >= read.size()) {
            throw invalid("start must be below the log's size, " + read.size());
        }
        return new LogEntries(community, start, read.size(), read.entries());
    }

    /** What an answer computes from the up-to-date tree and its size, under the lock. */
    private interface TreeWork<T> {
        T apply(MerkleTree tree, long size) throws ApiException;
    }

    private <T> T answer(String community, TreeWork<T> work) throws StorageException, ApiException {
        long known;
        synchronized (this) {
            known = trees.computeIfAbsent(community, name -> new MerkleTree()).size();
        }
        List<byte[]> newer = database.inTransaction(connection -> LogLeaves.hashesFrom(connection, community, known));
        synchronized (this) {
            MerkleTree tree = trees.get(community);
            // Another request may have brought the tree further meanwhile: append only what it lacks.
            for (int i = (int) (tree.size() - known); i < newer.size(); i++) {
                tree.append(newer.get(i));
            }
            if (tree.size() == 0 && !community.equals(this.community)) {
                trees.remove(community); // no log to keep for a name someone made up
                throw new ApiException(404, Codes.UNKNOWN_COMMUNITY, "this server keeps no log of community "
                        + community);
            }
            return work.apply(tree, tree.size());
        }
    }

    private SignedTreeHead head(String community, MerkleTree tree, long size) {
        return identity.sign(new TreeHead(community, size, HexFormat.of().formatHex(tree.root(size)),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), identity.keyId(), identity.suite().id()));
    }

    private static void checkSize(String name, long asked, long size) throws ApiException {
        if (asked > size) {
            throw invalid(name + " must not be larger than the log's size, " + size);
        }
    }

    private static List<String> hex(List<byte[]> path) {
        return path.stream().map(HexFormat.of()::formatHex).toList();
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, Codes.INVALID_REQUEST, message);
    }
}

package org.huzhu.kiosk.sync;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.log.LogConsistency;
import org.huzhu.protocol.log.MalformedTreeHeadException;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server honest about its transparency log (docs/protocol.md §16, ADR 0024): the kiosk keeps the last tree
 * head it checked and, every sync round, asks for the newest one with a proof that it still holds the kept one. A head
 * not signed by the enrolled server's key, for another community, smaller than the kept one, or without a valid proof
 * means the server dropped or rewrote what it had accepted, or shows this kiosk another history than before: sync
 * stops with {@link SyncProblem#LOG_INCONSISTENT}, the kept head stays as it was (it is the evidence), and the log
 * gets both heads. Blocking; not thread-safe (the synchronizer calls it in turn).
 */
final class LogHeadCheck {

    private static final Logger LOG = LoggerFactory.getLogger(LogHeadCheck.class);

    private final Database database;
    private final Clock clock;

    LogHeadCheck(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The head kept from the last check, if any. */
    Optional<SignedTreeHead> kept() throws StorageException {
        Optional<String> stored = database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT head FROM log_head WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
            }
        });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TreeHeadCodec.decode(stored.get().getBytes(StandardCharsets.UTF_8)));
        } catch (MalformedTreeHeadException e) {
            throw new StorageException(database.file(), "the kept tree head cannot be read (" + e.getMessage() + ")",
                    e);
        }
    }

    /** Checks the server's newest head against the kept one and keeps it; see the class comment. */
    SignedTreeHead check(SyncClient client, PublicKey serverKey) throws SyncException, StorageException {
        Optional<SignedTreeHead> kept = kept();
        long from = kept.map(head -> head.head().treeSize()).orElse(0L);
        LogConsistency answer = client.logConsistency(from);
        SignedTreeHead newest;
        try {
            newest = TreeHeadCodec.fromTree(answer.treeHead());
        } catch (MalformedTreeHeadException e) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server's tree head is not what the protocol says ("
                    + e.getMessage() + ")", e);
        }
        if (!TreeHeadCodec.verify(newest, serverKey)) {
            throw inconsistent("its newest tree head is not signed by the key this kiosk enrolled with", kept, newest);
        }
        if (answer.fromSize() != from || answer.toSize() != newest.head().treeSize()) {
            throw inconsistent("it proved " + answer.fromSize() + " → " + answer.toSize() + " leaves, not " + from
                    + " → " + newest.head().treeSize(), kept, newest);
        }
        if (kept.isPresent()) {
            if (!kept.get().head().community().equals(newest.head().community())) {
                throw inconsistent("its log is now of community " + newest.head().community() + ", not "
                        + kept.get().head().community(), kept, newest);
            }
            if (!answer.proof().verify(kept.get().head().rootBytes(), newest.head().rootBytes())) {
                throw inconsistent("its log of " + newest.head().treeSize() + " leaves does not hold the "
                        + from + " it showed before", kept, newest);
            }
        }
        keep(newest);
        return newest;
    }

    private void keep(SignedTreeHead head) throws StorageException {
        String encoded = new String(TreeHeadCodec.encode(head), StandardCharsets.UTF_8);
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO log_head (id, head, checked_at) VALUES (1, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET head = excluded.head, checked_at = excluded.checked_at""")) {
                upsert.setString(1, encoded);
                upsert.setString(2, clock.instant().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    private static SyncException inconsistent(String why, Optional<SignedTreeHead> kept, SignedTreeHead newest) {
        LOG.error("The server's transparency log is inconsistent: {}. Kept head: {}. Head now: {}", why,
                kept.map(head -> new String(TreeHeadCodec.encode(head), StandardCharsets.UTF_8)).orElse("(none)"),
                new String(TreeHeadCodec.encode(newest), StandardCharsets.UTF_8));
        return new SyncException(SyncProblem.LOG_INCONSISTENT, "the server's transparency log is inconsistent: "
                + why + "; sync stops until someone looks (the kiosk log has both tree heads)", null);
    }
}

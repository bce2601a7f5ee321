package org.huzhu.protocol.log;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.MalformedEnvelopeException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.UnknownSuiteException;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.ServerKey;

/**
 * Checks a transparency log offline (docs/protocol.md §16.6): a whole {@link LogCopy}, an inclusion answer against the
 * envelope it is about, or a consistency answer against a head kept from before. Each check says in one sentence what
 * holds or the first thing that does not. Stateless.
 */
public final class LogAudit {

    /** What a check found: {@code holds}, and in either case a sentence saying what. */
    public record Finding(boolean holds, String sentence) {

        static Finding holds(String sentence) {
            return new Finding(true, sentence);
        }

        static Finding fails(String sentence) {
            return new Finding(false, sentence);
        }
    }

    private LogAudit() {
    }

    /** The server key as published, decoded; its id must be the one it claims. */
    public static PublicKey publicKey(ServerKey key) throws MalformedTreeHeadException {
        SignatureSuite suite = SignatureSuites.byId(key.suite()).orElseThrow(() -> new MalformedTreeHeadException(
                "the server key's suite " + key.suite() + " is not one this software knows"));
        try {
            PublicKey decoded = suite.decodePublicKey(Base64.getDecoder().decode(key.publicKey()));
            if (!KeyIds.serverKeyIdOf(decoded).equals(key.keyId())) {
                throw new MalformedTreeHeadException("the server key's id " + key.keyId() + " is not its key's");
            }
            return decoded;
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new MalformedTreeHeadException("the server key cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A whole copy: the head signed by the copy's key, the entries 0..n-1 in order, and their tree's root the head's. */
    public static Finding copy(LogCopy copy) throws MalformedTreeHeadException {
        if (!LogCopy.TYPE.equals(copy.type()) || copy.version() != LogCopy.VERSION) {
            throw new MalformedTreeHeadException("not a log copy of version " + LogCopy.VERSION + " (type "
                    + copy.type() + ", version " + copy.version() + ")");
        }
        if (copy.serverKey() == null || copy.treeHead() == null || copy.entries() == null) {
            throw new MalformedTreeHeadException("a log copy needs serverKey, treeHead and entries");
        }
        SignedTreeHead head = TreeHeadCodec.fromTree(copy.treeHead());
        if (!TreeHeadCodec.verify(head, publicKey(copy.serverKey()))) {
            return Finding.fails("the tree head is not signed by server key " + copy.serverKey().keyId());
        }
        List<LogEntries.Entry> entries = copy.entries();
        if (entries.size() != head.head().treeSize()) {
            return Finding.fails("the copy has " + entries.size() + " entries, the head says "
                    + head.head().treeSize());
        }
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < entries.size(); i++) {
            LogEntries.Entry entry = entries.get(i);
            if (entry.leafIndex() != i) {
                return Finding.fails("entry " + i + " says it is leaf " + entry.leafIndex());
            }
            Optional<String> id = transactionId(entry);
            if (id.isEmpty() || !id.get().equals(entry.transactionId())) {
                return Finding.fails("leaf " + i + "'s envelope is not transaction " + entry.transactionId());
            }
            tree.append(entry.leafHash());
        }
        if (!MessageDigest.isEqual(tree.root(), head.head().rootBytes())) {
            return Finding.fails("the " + entries.size() + " entries make root " + HexFormat.of().formatHex(tree.root())
                    + ", the head says " + head.head().rootHash());
        }
        return Finding.holds("the log of community " + head.head().community() + " holds " + entries.size()
                + " transactions; their root " + head.head().rootHash() + " is the one server key "
                + copy.serverKey().keyId() + " signed at " + head.head().timestamp());
    }

    /** That {@code envelope} (exact bytes) is the leaf the answer proves, in the tree its signed head names. */
    public static Finding inclusion(LogInclusion answer, byte[] envelope, PublicKey serverKey)
            throws MalformedTreeHeadException {
        SignedTreeHead head = TreeHeadCodec.fromTree(answer.treeHead());
        if (!TreeHeadCodec.verify(head, serverKey)) {
            return Finding.fails("the tree head is not signed by the server key");
        }
        if (head.head().treeSize() != answer.treeSize()) {
            return Finding.fails("the proof is for " + answer.treeSize() + " leaves, the head says "
                    + head.head().treeSize());
        }
        byte[] leaf = MerkleHashes.leaf(envelope);
        if (!HexFormat.of().formatHex(leaf).equals(answer.leafHash())) {
            return Finding.fails("the envelope is not the leaf the proof is about");
        }
        if (!answer.proof().verify(leaf, head.head().rootBytes())) {
            return Finding.fails("the path does not lead from leaf " + answer.leafIndex() + " to the head's root");
        }
        return Finding.holds("transaction " + answer.transactionId() + " is leaf " + answer.leafIndex()
                + " of the log of " + answer.treeSize() + " the server signed at " + head.head().timestamp());
    }

    /** That the answer's signed head still holds {@code kept}, a head of the same server kept from before. */
    public static Finding consistency(LogConsistency answer, SignedTreeHead kept, PublicKey serverKey)
            throws MalformedTreeHeadException {
        SignedTreeHead head = TreeHeadCodec.fromTree(answer.treeHead());
        if (!TreeHeadCodec.verify(head, serverKey) || !TreeHeadCodec.verify(kept, serverKey)) {
            return Finding.fails("a tree head is not signed by the server key");
        }
        if (answer.fromSize() != kept.head().treeSize() || answer.toSize() != head.head().treeSize()
                || !kept.head().community().equals(head.head().community())) {
            return Finding.fails("the proof is from " + answer.fromSize() + " to " + answer.toSize()
                    + " leaves, not from the kept head's " + kept.head().treeSize() + " to the new head's "
                    + head.head().treeSize() + " of the same community");
        }
        if (!answer.proof().verify(kept.head().rootBytes(), head.head().rootBytes())) {
            return Finding.fails("the log of " + answer.toSize() + " does not hold the " + answer.fromSize()
                    + " of the kept head: it was rewritten or forked");
        }
        return Finding.holds("the log of " + answer.toSize() + " signed at " + head.head().timestamp()
                + " holds the " + answer.fromSize() + " signed at " + kept.head().timestamp());
    }

    /** The envelope's own transaction id, if it is an envelope of the protocol. */
    private static Optional<String> transactionId(LogEntries.Entry entry) {
        try {
            return Optional.of(TransactionCodec.decode(entry.envelopeBytes()).body().id().toString());
        } catch (MalformedEnvelopeException | UnknownSuiteException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.huzhu.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.SamplePayloads;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.ServerKey;
import org.junit.jupiter.api.Test;

/**
 * The offline audit of a log copy and of single proofs: what the server signed holds, and each way of cheating —
 * an entry changed, dropped or moved, a head signed by another key, a proof for other leaves — is named.
 */
class LogAuditTest {

    private static final SignatureSuite SUITE = SignatureSuites.ED25519_SHA256;
    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T08:00:00Z");

    private final KeyPair server = SUITE.generateKeyPair();
    private final KeyPair kiosk = SUITE.generateKeyPair();
    private final List<byte[]> envelopes = envelopes(12);

    @Test
    void aFaithfulCopyHolds() throws Exception {
        LogAudit.Finding finding = LogAudit.copy(copy(entries(envelopes), envelopes.size()));

        assertThat(finding.holds()).as(finding.sentence()).isTrue();
        assertThat(finding.sentence()).contains("holds 12 transactions", KeyIds.serverKeyIdOf(server.getPublic()));
    }

    @Test
    void aChangedDroppedOrMovedEntryIsNamed() throws Exception {
        List<LogEntries.Entry> entries = entries(envelopes);
        List<LogEntries.Entry> changed = new ArrayList<>(entries);
        changed.set(4, new LogEntries.Entry(4, entries.get(4).transactionId(),
                Base64.getEncoder().encodeToString(envelopes.get(5))));
        List<LogEntries.Entry> swapped = new ArrayList<>(entries);
        swapped.set(4, new LogEntries.Entry(4, entries.get(5).transactionId(), entries.get(5).envelope()));
        swapped.set(5, new LogEntries.Entry(5, entries.get(4).transactionId(), entries.get(4).envelope()));

        assertThat(LogAudit.copy(copy(changed, 12)).sentence()).contains("leaf 4's envelope is not transaction");
        assertThat(LogAudit.copy(copy(entries.subList(0, 11), 12)).sentence()).contains("has 11 entries");
        assertThat(LogAudit.copy(copy(swapped, 12))).satisfies(finding -> {
            assertThat(finding.holds()).isFalse();
            assertThat(finding.sentence()).contains("make root");
        });
    }

    @Test
    void aHeadSignedByAnotherKeyOrACopyOfAnotherKindIsRefused() throws Exception {
        LogCopy copy = copy(entries(envelopes), 12);
        ServerKey other = serverKey(SUITE.generateKeyPair());
        assertThat(LogAudit.copy(new LogCopy(copy.type(), 1, other, copy.treeHead(), copy.entries())).sentence())
                .contains("not signed by server key " + other.keyId());

        assertThatThrownBy(() -> LogAudit.copy(new LogCopy("huzhu.receipt", 1, copy.serverKey(), copy.treeHead(),
                copy.entries()))).isInstanceOf(MalformedTreeHeadException.class);
        ServerKey lying = new ServerKey(other.keyId(), copy.serverKey().suite(), copy.serverKey().publicKey());
        assertThatThrownBy(() -> LogAudit.publicKey(lying)).isInstanceOf(MalformedTreeHeadException.class)
                .hasMessageContaining("is not its key's");
    }

    @Test
    void singleProofsHoldForWhatTheyProveOnly() throws Exception {
        MerkleTree tree = tree(envelopes);
        SignedTreeHead head = head(tree, 12);
        InclusionProof path = tree.inclusionProof(3, 12);
        LogInclusion inclusion = new LogInclusion("default", id(envelopes.get(3)), 3, 12,
                HexFormat.of().formatHex(MerkleHashes.leaf(envelopes.get(3))), hex(path.path()),
                TreeHeadCodec.toTree(head));

        assertThat(LogAudit.inclusion(inclusion, envelopes.get(3), server.getPublic()).holds()).isTrue();
        assertThat(LogAudit.inclusion(inclusion, envelopes.get(4), server.getPublic()).sentence())
                .contains("not the leaf the proof is about");

        SignedTreeHead kept = head(tree, 5);
        LogConsistency consistency = new LogConsistency("default", 5, 12, hex(tree.consistencyProof(5, 12).path()),
                TreeHeadCodec.toTree(head));
        assertThat(LogAudit.consistency(consistency, kept, server.getPublic()).holds()).isTrue();

        SignedTreeHead forked = head(tree(List.of(envelopes.get(1), envelopes.get(0), envelopes.get(2),
                envelopes.get(3), envelopes.get(4))), 5);
        assertThat(LogAudit.consistency(consistency, forked, server.getPublic()).sentence())
                .contains("rewritten or forked");
    }

    // --- a log and its heads ---

    private LogCopy copy(List<LogEntries.Entry> entries, long size) {
        return new LogCopy(LogCopy.TYPE, LogCopy.VERSION, serverKey(server), TreeHeadCodec.toTree(head(tree(envelopes),
                size)), entries);
    }

    private SignedTreeHead head(MerkleTree tree, long size) {
        try {
            return TreeHeadCodec.sign(new TreeHead("default", size, HexFormat.of().formatHex(tree.root(size)),
                    SIGNED_AT, KeyIds.serverKeyIdOf(server.getPublic()), SUITE.id()), SUITE, server.getPrivate());
        } catch (org.huzhu.protocol.crypto.KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServerKey serverKey(KeyPair keys) {
        return new ServerKey(KeyIds.serverKeyIdOf(keys.getPublic()), SUITE.id(),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    private static MerkleTree tree(List<byte[]> envelopes) {
        return MerkleTree.of(envelopes.stream().map(MerkleHashes::leaf).toList());
    }

    private static List<LogEntries.Entry> entries(List<byte[]> envelopes) throws Exception {
        List<LogEntries.Entry> entries = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            entries.add(new LogEntries.Entry(i, id(envelopes.get(i)), Base64.getEncoder().encodeToString(
                    envelopes.get(i))));
        }
        return entries;
    }

    private static String id(byte[] envelope) throws Exception {
        return TransactionCodec.decode(envelope).body().id().toString();
    }

    private List<byte[]> envelopes(int count) {
        List<byte[]> envelopes = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        String previous = UnsignedTransaction.GENESIS_HASH;
        String kioskId = KeyIds.kioskIdOf(kiosk.getPublic());
        try {
            for (int sequence = 1; sequence <= count; sequence++) {
                Payload payload = SamplePayloads.mixed(sequence, random);
                byte[] encoded = TransactionCodec.encode(TransactionCodec.sign(new UnsignedTransaction(
                        com.github.f4b6a3.uuid.UuidCreator.getTimeOrderedEpoch(),
                        kioskId, sequence, previous, SIGNED_AT.plusSeconds(sequence), TransactionType.of(payload),
                        new Actor("ab".repeat(32), SignInMethod.CARD), payload, SUITE.id()), SUITE,
                        kiosk.getPrivate()));
                envelopes.add(encoded);
                previous = TransactionCodec.hash(encoded, SUITE);
            }
        } catch (org.huzhu.protocol.crypto.KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
        return envelopes;
    }

    private static List<String> hex(List<byte[]> path) {
        return path.stream().map(HexFormat.of()::formatHex).toList();
    }
}

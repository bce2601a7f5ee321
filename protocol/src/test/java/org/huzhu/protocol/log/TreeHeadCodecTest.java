package org.huzhu.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HexFormat;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreeHeadCodecTest {

    private static final KeyPair ED25519 = SignatureSuites.ED25519_SHA256.generateKeyPair();

    static Iterable<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    private static TreeHead head(SignatureSuite suite, KeyPair keys, long size) {
        return new TreeHead("default", size, "cd".repeat(32), Instant.parse("2026-12-03T10:00:00.250Z"),
                KeyIds.serverKeyIdOf(keys.getPublic()), suite.id());
    }

    private static ObjectNode signedTree() throws Exception {
        SignatureSuite suite = SignatureSuites.ED25519_SHA256;
        return TreeHeadCodec.toTree(TreeHeadCodec.sign(head(suite, ED25519, 7), suite, ED25519.getPrivate()));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signedHeadVerifiesAfterARoundTripThroughBytes(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        SignedTreeHead signed = TreeHeadCodec.sign(head(suite, keys, 7), suite, keys.getPrivate());

        SignedTreeHead decoded = TreeHeadCodec.decode(TreeHeadCodec.encode(signed));

        assertThat(decoded).isEqualTo(signed);
        assertThat(TreeHeadCodec.verify(decoded, keys.getPublic())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void anyChangedFieldOrAnotherKeyDoesNotVerify(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        SignedTreeHead signed = TreeHeadCodec.sign(head(suite, keys, 7), suite, keys.getPrivate());
        TreeHead h = signed.head();

        assertThat(java.util.List.of(
                new TreeHead("other", h.treeSize(), h.rootHash(), h.timestamp(), h.serverKeyId(), h.suite()),
                new TreeHead(h.community(), 8, h.rootHash(), h.timestamp(), h.serverKeyId(), h.suite()),
                new TreeHead(h.community(), h.treeSize(), "ce" + "cd".repeat(31), h.timestamp(), h.serverKeyId(),
                        h.suite()),
                new TreeHead(h.community(), h.treeSize(), h.rootHash(), h.timestamp().plusMillis(1), h.serverKeyId(),
                        h.suite())))
                .allSatisfy(tampered -> assertThat(TreeHeadCodec.verify(new SignedTreeHead(tampered,
                        signed.signature()), keys.getPublic())).as(tampered.toString()).isFalse());
        assertThat(TreeHeadCodec.verify(signed, suite.generateKeyPair().getPublic())).isFalse();
    }

    @Test
    void aTamperedMemberInTheJsonDecodesButDoesNotVerify() throws Exception {
        ObjectNode tree = signedTree();
        tree.put("treeSize", 6);

        SignedTreeHead decoded = TreeHeadCodec.fromTree(tree);

        assertThat(decoded.head().treeSize()).isEqualTo(6);
        assertThat(TreeHeadCodec.verify(decoded, ED25519.getPublic())).isFalse();
    }

    @Test
    void signingBytesAreTheCanonicalObjectWithoutSignature() {
        String text = new String(TreeHeadCodec.signingBytes(head(SignatureSuites.ED25519_SHA256, ED25519, 7)),
                StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"community\":\"default\",\"rootHash\":\"" + "cd".repeat(32)
                + "\",\"serverKeyId\":\"" + KeyIds.serverKeyIdOf(ED25519.getPublic())
                + "\",\"suite\":\"ed25519-sha256\",\"timestamp\":\"2026-12-03T10:00:00.250Z\","
                + "\"treeSize\":7,\"type\":\"huzhu.tree-head\",\"version\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extra", "missing", "type", "version", "size-text", "size-negative", "size-fraction",
            "root-upper", "root-short", "time-offset", "time-text", "community-blank", "community-control",
            "signature-upper"})
    void malformedHeadsAreATypedRefusal(String fault) throws Exception {
        ObjectNode tree = signedTree();
        switch (fault) {
            case "extra" -> tree.put("extra", 1);
            case "missing" -> tree.remove("serverKeyId");
            case "type" -> tree.put("type", "huzhu.receipt");
            case "version" -> tree.put("version", 2);
            case "size-text" -> tree.put("treeSize", "7");
            case "size-negative" -> tree.put("treeSize", -1);
            case "size-fraction" -> tree.put("treeSize", 7.5);
            case "root-upper" -> tree.put("rootHash", "CD".repeat(32));
            case "root-short" -> tree.put("rootHash", "cd".repeat(31));
            case "time-offset" -> tree.put("timestamp", "2026-12-03T11:00:00.250+01:00");
            case "time-text" -> tree.put("timestamp", "yesterday");
            case "community-blank" -> tree.put("community", " ");
            case "community-control" -> tree.put("community", "a\nb");
            case "signature-upper" -> tree.put("signature", tree.get("signature").textValue().toUpperCase());
            default -> throw new IllegalArgumentException(fault);
        }

        assertThatThrownBy(() -> TreeHeadCodec.fromTree(tree)).as(fault)
                .isInstanceOf(MalformedTreeHeadException.class);
    }

    @Test
    void bytesThatAreNoJsonObjectAreATypedRefusal() {
        assertThatThrownBy(() -> TreeHeadCodec.decode("{\"type\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedTreeHeadException.class);
        assertThatThrownBy(() -> TreeHeadCodec.decode("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedTreeHeadException.class);
        assertThatThrownBy(() -> TreeHeadCodec.fromTree(null)).isInstanceOf(MalformedTreeHeadException.class);
    }

    @Test
    void aCommunityMayBeNamedInAnyScript() throws Exception {
        SignatureSuite suite = SignatureSuites.ED25519_SHA256;
        TreeHead h = head(suite, ED25519, 7);
        TreeHead named = new TreeHead("东城区 互助社区", 7, h.rootHash(), h.timestamp(), h.serverKeyId(),
                h.suite());

        SignedTreeHead decoded = TreeHeadCodec.decode(TreeHeadCodec.encode(TreeHeadCodec.sign(named, suite,
                ED25519.getPrivate())));

        assertThat(decoded.head().community()).isEqualTo("东城区 互助社区");
        assertThat(TreeHeadCodec.verify(decoded, ED25519.getPublic())).isTrue();
    }

    @Test
    void theHeadOfAnEmptyLogNamesTheEmptyRoot() {
        TreeHead empty = new TreeHead("default", 0, HexFormat.of().formatHex(MerkleHashes.empty()), Instant.EPOCH,
                "S-x", "ed25519-sha256");

        assertThat(empty.rootHash()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}

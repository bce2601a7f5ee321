package org.huzhu.protocol.aid;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealedBox;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.ReceiptCodec;

/**
 * Sealing, signing, verifying and opening {@link SealedMessage}s (docs/protocol.md §12.3), with the protocol jar
 * alone, so that an institution's own client needs nothing of the server. HPKE info (and, for SM2, the sealed
 * context) is the UTF-8 of {@code huzhu-sealed-1|<recipient>|<kind>}; the associated data is the UTF-8 of the
 * message id. Stateless and thread-safe.
 */
public final class SealedMessages {

    public static final String INFO_PREFIX = "huzhu-sealed-1";

    private SealedMessages() {
    }

    /** Who a message is for and what it is, before it is sealed. */
    public record Address(String messageId, String recipient, String kind, String reference, Instant createdAt) {
    }

    public static byte[] info(String recipient, String kind) {
        return (INFO_PREFIX + "|" + recipient + "|" + kind).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] aad(String messageId) {
        return messageId.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Seals {@code plaintext} to {@code recipientKey} and signs the result with the server's key.
     *
     * @throws KeyMismatchException the recipient's key is not of {@code scheme}, or the server's not of its suite
     */
    public static SealedMessage seal(Address address, SealingScheme scheme, PublicKey recipientKey, byte[] plaintext,
            SignatureSuite serverSuite, PrivateKey serverKey, String serverKeyId) throws KeyMismatchException {
        SealedBox.Sealed sealed = SealedBox.seal(recipientKey, scheme, info(address.recipient(), address.kind()),
                aad(address.messageId()), plaintext);
        String enc = Base64.getEncoder().encodeToString(sealed.enc());
        String ciphertext = Base64.getEncoder().encodeToString(sealed.ciphertext());
        ObjectNode unsigned = tree(address.messageId(), address.recipient(), address.kind(), address.reference(),
                scheme.id(), enc, ciphertext, address.createdAt(), serverKeyId);
        String signature = HexFormat.of().formatHex(serverSuite.sign(serverKey, ReceiptCodec.canonical(unsigned)));
        return new SealedMessage(address.messageId(), address.recipient(), address.kind(), address.reference(),
                scheme.id(), enc, ciphertext, address.createdAt(), serverKeyId, signature);
    }

    /** What the server signs: the canonical JSON of every member but {@code signature}. */
    public static byte[] signingBytes(SealedMessage message) {
        return ReceiptCodec.canonical(tree(message.messageId(), message.recipient(), message.kind(),
                message.reference(), message.scheme(), message.enc(), message.ciphertext(), message.createdAt(),
                message.serverKeyId()));
    }

    /** True only if {@code serverKey} is the key named and its signature over the message verifies. */
    public static boolean verify(SealedMessage message, SignatureSuite serverSuite, PublicKey serverKey) {
        return KeyIds.serverKeyIdOf(serverKey).equals(message.serverKeyId())
                && serverSuite.verify(serverKey, signingBytes(message), HexFormat.of().parseHex(message.signature()));
    }

    /**
     * The plaintext, opened with the recipient's private key for the message's own recipient, kind and id. Does not
     * check the server's signature: {@link #verify} does.
     *
     * @throws SealedBoxException another institution's key, or any of those members or the sealed bytes altered
     */
    public static byte[] open(SealedMessage message, PrivateKey recipientKey) throws SealedBoxException {
        SealingScheme scheme = SealingScheme.byId(message.scheme())
                .orElseThrow(() -> new SealedBoxException("unknown sealing scheme " + message.scheme()));
        byte[] enc;
        byte[] ciphertext;
        try {
            enc = Base64.getDecoder().decode(message.enc());
            ciphertext = Base64.getDecoder().decode(message.ciphertext());
        } catch (IllegalArgumentException e) {
            throw new SealedBoxException("enc and ciphertext must be standard base64", e);
        }
        return SealedBox.open(recipientKey, scheme, enc, info(message.recipient(), message.kind()),
                aad(message.messageId()), ciphertext);
    }

    private static ObjectNode tree(String messageId, String recipient, String kind, String reference, String scheme,
            String enc, String ciphertext, Instant createdAt, String serverKeyId) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("messageId", messageId);
        tree.put("recipient", recipient);
        tree.put("kind", kind);
        tree.put("reference", reference);
        tree.put("scheme", scheme);
        tree.put("enc", enc);
        tree.put("ciphertext", ciphertext);
        tree.put("createdAt", createdAt.toString());
        tree.put("serverKeyId", serverKeyId);
        return tree;
    }
}

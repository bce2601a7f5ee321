package org.huzhu.server.identity;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SealedMessages;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.log.TreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.Receipt;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.SignedReceipt;

/**
 * The server's signing key. The private key is used only to sign receipts, the transparency log's tree heads
 * (docs/protocol.md §16) and sealed messages (§12.3). Immutable, thread-safe.
 */
public record ServerIdentity(SignatureSuite suite, PrivateKey privateKey, PublicKey publicKey) {

    public ServerIdentity {
        Objects.requireNonNull(suite);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(publicKey);
    }

    public String keyId() {
        return KeyIds.serverKeyIdOf(publicKey);
    }

    /** What {@code GET /v1/server-key} publishes. */
    public ServerKey published() {
        return new ServerKey(keyId(), suite.id(), Base64.getEncoder().encodeToString(publicKey.getEncoded()));
    }

    public SignedReceipt sign(Receipt receipt) {
        try {
            return ReceiptCodec.sign(receipt, suite, privateKey);
        } catch (KeyMismatchException e) {
            // The key store only ever pairs a key with its own suite.
            throw new IllegalStateException("server key does not match its suite " + suite.id(), e);
        }
    }

    public SignedTreeHead sign(TreeHead head) {
        try {
            return TreeHeadCodec.sign(head, suite, privateKey);
        } catch (KeyMismatchException e) {
            throw new IllegalStateException("server key does not match its suite " + suite.id(), e);
        }
    }

    /** Seals {@code plaintext} to an institution's encryption key and signs the message. */
    public SealedMessage seal(SealedMessages.Address address, SealingScheme scheme, PublicKey recipientKey,
            byte[] plaintext) {
        try {
            return SealedMessages.seal(address, scheme, recipientKey, plaintext, suite, privateKey, keyId());
        } catch (KeyMismatchException e) {
            // Registration checked the recipient's key against its scheme, and the key store pairs ours with its suite.
            throw new IllegalStateException("a registered key does not match its scheme or suite", e);
        }
    }

    @Override
    public String toString() {
        return "ServerIdentity[" + keyId() + ", " + suite.id() + "]"; // never the private key
    }
}

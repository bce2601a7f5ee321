package org.huzhu.protocol.sync;

/**
 * {@code GET /v1/server-key} answer: the server's receipt-signing key.
 *
 * @param publicKey standard base64 of the X.509 SubjectPublicKeyInfo
 * @param keyId     {@link KeyIds#serverKeyIdOf}; receipts name it
 */
public record ServerKey(String keyId, String suite, String publicKey) {
}

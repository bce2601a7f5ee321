package org.huzhu.server.institution;

import java.security.PublicKey;
import java.time.Instant;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;

/**
 * A registered charity or hospital as stored.
 *
 * @param institutionId {@code I-} + 16 hex of SHA-256 of {@code signingKey}'s SubjectPublicKeyInfo
 * @param signingKey    verifies its requests (and a charity's aid orders), of {@code signingSuite}
 * @param encryptionKey what messages for it are sealed to, of {@code encryptionScheme}
 */
public record Institution(String institutionId, InstitutionKind kind, String name, String registrationNumber,
        String legalRepresentative, String bankName, String bankAccount, SignatureSuite signingSuite,
        PublicKey signingKey, SealingScheme encryptionScheme, PublicKey encryptionKey, InstitutionStatus status,
        Instant registeredAt) {
}

package org.huzhu.server.institution;

import java.security.PublicKey;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;

/** What an operator registers an institution with ({@code institution register}); checked by the registry. */
public record Registration(InstitutionKind kind, String name, String registrationNumber, String legalRepresentative,
        String bankName, String bankAccount, SignatureSuite signingSuite, PublicKey signingKey,
        SealingScheme encryptionScheme, PublicKey encryptionKey) {
}

package org.huzhu.server.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The card pseudonym a closed resident's row takes when their card is enrolled again as a new account: 64 hex digits,
 * as every card pseudonym (kiosks store it as a binding), but SHA-256 of {@code "released:" + resident id} rather than
 * a keyed hash of an ID number, so no card ever has it. Stateless.
 */
final class ReleasedCards {

    private ReleasedCards() {
    }

    static String pseudonym(String residentId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("released:" + residentId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

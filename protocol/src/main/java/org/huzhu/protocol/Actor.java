package org.huzhu.protocol;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Who authorised a transaction: a keyed hash of their card number (never the number itself) and how they signed in.
 *
 * @param cardHash 64 lower-case hex digits; empty only for {@link SignInMethod#SYSTEM}
 */
public record Actor(String cardHash, SignInMethod method) {

    public static final Actor SYSTEM = new Actor("", SignInMethod.SYSTEM);

    public Actor {
        Objects.requireNonNull(cardHash, "cardHash");
        Objects.requireNonNull(method, "method");
        if (method == SignInMethod.SYSTEM ? !cardHash.isEmpty() : !isHash(cardHash)) {
            throw new IllegalArgumentException("cardHash must be 64 lower-case hex digits (empty for system): " + cardHash);
        }
    }

    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c));
    }
}

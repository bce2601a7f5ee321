package org.huzhu.protocol;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed transaction: the body and the suite's signature over the body's canonical bytes
 * ({@link TransactionCodec#signingBytes}).
 *
 * @param signature lower-case hex
 */
public record Transaction(UnsignedTransaction body, String signature) {

    public Transaction {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signature, "signature");
        if (signature.isEmpty() || signature.length() > 512 || signature.length() % 2 != 0
                || !signature.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("signature must be lower-case hex");
        }
    }

    public long sequence() {
        return body.sequence();
    }

    public byte[] signatureBytes() {
        return HexFormat.of().parseHex(signature);
    }
}

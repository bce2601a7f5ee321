package org.huzhu.protocol.sync;

import java.util.HexFormat;
import java.util.Objects;

/** A receipt and the server's signature over {@link ReceiptCodec#signingBytes}, lower-case hex. */
public record SignedReceipt(Receipt receipt, String signature) {

    public SignedReceipt {
        Objects.requireNonNull(receipt, "receipt");
        if (signature == null || signature.isEmpty() || signature.length() % 2 != 0
                || !signature.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("signature must be lower-case hex");
        }
    }

    public byte[] signatureBytes() {
        return HexFormat.of().parseHex(signature);
    }
}

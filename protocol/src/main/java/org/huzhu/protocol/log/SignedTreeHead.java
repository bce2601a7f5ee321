package org.huzhu.protocol.log;

import java.util.HexFormat;
import java.util.Objects;

/** A tree head and the server's signature over {@link TreeHeadCodec#signingBytes}, lower-case hex. */
public record SignedTreeHead(TreeHead head, String signature) {

    public SignedTreeHead {
        Objects.requireNonNull(head, "head");
        if (signature == null || signature.isEmpty() || signature.length() % 2 != 0
                || !signature.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("signature must be lower-case hex");
        }
    }

    public byte[] signatureBytes() {
        return HexFormat.of().parseHex(signature);
    }
}

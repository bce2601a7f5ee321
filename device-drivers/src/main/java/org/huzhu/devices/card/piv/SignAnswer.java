package org.huzhu.devices.card.piv;

/** What a PIV card said to GENERAL AUTHENTICATE with a digest to sign. Immutable values. */
public sealed interface SignAnswer {

    /** The card signed; {@code signature} is a well-formed DER ECDSA signature (not yet verified). */
    record Signed(byte[] signature) implements SignAnswer {

        public Signed {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signed that && java.util.Arrays.equals(signature, that.signature);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(signature);
        }
    }

    /** 6982: security status not satisfied, i.e. the PIN is not verified (the card was reset or re-powered). */
    record PinRequired() implements SignAnswer {
    }

    /** Any other status: the card will not sign (no key in the slot, wrong algorithm, ...). */
    record Refused(int sw) implements SignAnswer {
    }
}

package org.huzhu.devices.card.diag;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;

/**
 * Prints a read card for an installer: profile, reader and the fields, the ID number masked. A staff card's
 * certificate is printed as PEM so it can be copied into a file and registered on the server.
 */
final class IdentityPrinter {

    private static final Base64.Encoder PEM_BASE64 =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private IdentityPrinter() {
    }

    /** RFC 7468 text: the BEGIN line, base64 in lines of 64, the END line, each ending in a newline. */
    static String pem(byte[] certificateDer) {
        return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(certificateDer)
                + "\n-----END CERTIFICATE-----\n";
    }

    static void print(CardEvent.IdentityRead read, PrintStream out) {
        out.println("Profile:      " + read.identity().profileName());
        out.println("Reader:       " + read.readerName());
        switch (read.identity()) {
            case SocialSecurityIdentity card -> {
                out.println("Card number:  " + card.cardNumber());
                out.println("Name:         " + card.displayName());
                out.println("ID number:    " + card.maskedIdNumber());
                out.println("Gender:       " + card.gender());
                out.println("Birth date:   " + card.birthDate());
            }
            case ContactlessIdentity card -> out.println("UID:          " + card.uid()
                    + (card.randomPerTap() ? "  (random: changes on every tap, cannot be bound)" : ""));
            case StaffCardIdentity card -> {
                out.println("Holder:       " + card.holderName());
                out.println("Key:          " + card.keyFingerprint()
                        + "  (SHA-256 of the public key; PIN not checked)");
                out.println("Certificate (for huzhu-server staff add --card-certificate FILE):");
                out.print(pem(card.certificate()));
            }
        }
    }
}

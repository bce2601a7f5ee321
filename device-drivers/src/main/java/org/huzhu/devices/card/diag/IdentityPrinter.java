package org.huzhu.devices.card.diag;

import java.io.PrintStream;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;

/** Prints a read card for an installer: profile, reader and the fields, the ID number masked. */
final class IdentityPrinter {

    private IdentityPrinter() {
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
                out.println("Key (SHA-256 of the public key): " + card.keyFingerprint());
            }
        }
    }
}

package org.huzhu.devices.card.apdu;

import java.util.Set;

/** Status words that several card profiles read the same way. Stateless. */
public final class StatusWords {

    /**
     * Not found, function not supported, wrong parameters, instruction or class not supported, or the reader's own
     * "no information": what cards answer to SELECT of an application they do not have.
     */
    private static final Set<Integer> ABSENT = Set.of(0x6A82, 0x6A81, 0x6A86, 0x6D00, 0x6E00, 0x6999);

    private StatusWords() {
    }

    /** Whether a SELECT status means "this application or file is not on the card" (another profile may fit). */
    public static boolean isAbsent(int sw) {
        return ABSENT.contains(sw);
    }
}

package org.huzhu.kiosk.journal;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;

/**
 * Child-JVM program for {@link JournalDurabilityTest}: appends for ever and prints {@code committed N} after each
 * append has returned, i.e. after its commit. Usage: {@code JournalAppender DATABASE}.
 */
public final class JournalAppender {

    private JournalAppender() {
    }

    public static void main(String[] args) throws Exception {
        try (OpenJournal open = TestJournals.open(Path.of(args[0]), SignatureSuites.ED25519_SHA256)) {
            SplittableRandom random = new SplittableRandom();
            for (int i = 0; ; i++) {
                long sequence = open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM,
                        BusinessChange.NONE).sequence();
                System.out.println("committed " + sequence);
                System.out.flush();
            }
        }
    }
}

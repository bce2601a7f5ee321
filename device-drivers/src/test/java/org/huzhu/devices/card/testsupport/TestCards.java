package org.huzhu.devices.card.testsupport;

import java.nio.charset.StandardCharsets;
import org.huzhu.devices.card.profile.CardIdentifier;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.reader.ReaderService;

/** TEST SUPPORT. A fixed deployment secret and the standard identifier built from it. */
public final class TestCards {

    public static final byte[] SECRET = "test-deployment-secret-32-bytes!".getBytes(StandardCharsets.US_ASCII);
    public static final IdNumberHasher HASHER = new IdNumberHasher(SECRET);

    private TestCards() {
    }

    public static CardIdentifier identifier() {
        return CardIdentifier.standard(SsseLayout.standard(), HASHER);
    }

    /** Live threads of the reader service (named card-...), for leak checks. */
    public static long serviceThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith(ReaderService.THREAD_NAME_PREFIX))
                .count();
    }
}

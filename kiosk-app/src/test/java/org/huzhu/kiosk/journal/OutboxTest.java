package org.huzhu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path folder;

    @Test
    void deliveryStatesMoveForwardOnlyAndSurviveReopening() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 4);
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            Outbox outbox = open.outbox();
            List<Outbox.Entry> batch = outbox.unacknowledged(3);
            assertThat(batch).extracting(Outbox.Entry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(TransactionCodec.decode(batch.get(0).envelope()).sequence()).isEqualTo(1);

            outbox.markSent(List.of(1L, 2L, 3L));
            outbox.markAccepted(1);
            outbox.markRejected(2, "insufficient-balance");

            assertThat(outbox.counts()).containsEntry(Outbox.State.ACCEPTED, 1L).containsEntry(Outbox.State.REJECTED, 1L)
                    .containsEntry(Outbox.State.SENT, 1L).containsEntry(Outbox.State.PENDING, 1L);
            assertThatThrownBy(() -> outbox.markAccepted(2)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("already final");
            assertThatThrownBy(() -> outbox.markSent(List.of(99L))).isInstanceOf(StorageException.class);
        }
        try (OpenJournal reopened = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            assertThat(reopened.outbox().unacknowledged(10)).as("sent but unanswered is sent again")
                    .extracting(Outbox.Entry::sequence).containsExactly(3L, 4L);
        }
    }
}

package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.AidInstitutions;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.AidDocument;
import org.huzhu.protocol.sync.KeyIds;
import org.junit.jupiter.api.Test;

/**
 * An application for aid at the demo counter with a supporting document: the document is sealed to the charity the
 * demo server lists, kept in the counter's outbox without a readable byte of it, recorded by its hash in the
 * staff-signed application, handed on to the server, and gone from the outbox once the server has it.
 */
class AidApplyingTest extends SignedInCounterTest {

    @Test
    void aDocumentIsSealedKeptNamedByItsHashAndHandedOn() throws Exception {
        Desk desk = counter.counterContext().desk();
        CounterStations.awaitTheDemoCommunity(stations);
        AidInstitutions institutions = server.institutions(staff);
        AidInstitution charity = institutions.charities().getFirst();
        byte[] scan = "出院小结：髋关节置换术后，需康复治疗".repeat(200).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(data.resolve("出院小结.pdf"), scan);
        AidApplying.Document document = AidApplying.read(file);
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        long head = counter.journal().journal().headSequence();

        UUID id = desk.aid().apply(staff, desk.files().file(TestCommunity.WANG).orElseThrow(),
                new AidApplying.Application(charity, institutions.hospitals().getFirst(), "康复治疗", 120_000,
                        List.of(document)));

        Transaction applied = CounterStations.journalAfter(counter, head).getLast();
        assertThat(applied.body().payload()).isEqualTo(new AidApplied(id, TestCommunity.WANG,
                charity.institutionId(), institutions.hospitals().getFirst().institutionId(), "康复治疗", 120_000,
                List.of(new AidDocument("出院小结.pdf", "application/pdf", KeyIds.sha256Hex(scan)))));
        Path outbox = counter.counterContext().exports().resolveSibling("aid-documents");
        List<Path> kept = sealedIn(outbox);
        assertThat(kept).as("kept sealed until the server has it").hasSize(1);
        String sealed = Files.readString(kept.getFirst());
        assertThat(sealed).doesNotContain("出院小结：").contains(charity.institutionId(), KeyIds.sha256Hex(scan));

        assertThat(desk.aid().handOn(staff, server)).as("nothing waits once handed on").isZero();
        assertThat(sealedIn(outbox)).isEmpty();
        assertThat(TestCommunity.awaitVerdict(counter, applied.sequence())).isEqualTo("accepted");
    }

    private static List<Path> sealedIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".sealed.json")).toList();
        }
    }
}

package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A closed account at the counter, through the real server: its statement keeps the history and shows the closing
 * (the booking's refund and the balance leaving, net), the family member's shows the minutes received, and the
 * search marks it closed. SQLite and PostgreSQL.
 */
class ClosedAccountOverHttpTest {

    private static final TypeReference<Statement> STATEMENT = new TypeReference<>() { };
    private static final TypeReference<Page<ResidentSummary>> RESIDENTS = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theStatementsAndTheSearchShowTheClosing(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            TestKiosk kiosk = desk.kiosk;
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            desk.enrol(mother, son);
            CounterReportOverHttpTest.BookingSlot slot = CounterReportOverHttpTest.BookingSlot.first(running);
            UUID booking = UUID.randomUUID();
            desk.accept(kiosk.next(new FamilyLinked(mother, son), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), mother, 150, "ST-1", "counter"),
                            TestKiosk.STAFF),
                    kiosk.next(new BookingCreated(booking, mother, slot.service(), slot.id(), slot.startsAt(), 30, 0),
                            TestKiosk.STAFF),
                    kiosk.next(new HoursRedeemed(mother, 30, booking), TestKiosk.STAFF));
            desk.accept(kiosk.next(new ResidentClosed(mother, ResidentClosed.MOVED_AWAY, son.toString()),
                    TestKiosk.STAFF));

            Statement mothers = desk.get("/v1/counter/statement?residentId=" + mother, STATEMENT);
            Statement sons = desk.get("/v1/counter/statement?residentId=" + son, STATEMENT);
            Page<ResidentSummary> found = desk.get("/v1/counter/residents?q=" + mothers.resident().memberNumber(),
                    RESIDENTS);

            assertThat(mothers.resident().status()).isEqualTo("closed");
            assertThat(mothers.resident().balanceMinutes()).isZero();
            assertThat(mothers.entries().items()).extracting(entry -> entry.type()).as("history kept, newest first")
                    .containsExactly("resident.closed", "hours.redeemed", "service.confirmed");
            assertThat(mothers.entries().items().getFirst()).satisfies(closing -> {
                assertThat(closing.minutes()).as("150 to the son, the 30 refunded first: net").isEqualTo(-120);
                assertThat(closing.counterpartyId()).isEqualTo(son.toString());
                assertThat(closing.reason()).isEqualTo(ResidentClosed.MOVED_AWAY);
            });
            assertThat(mothers.entries().items().get(1).reversedBy()).as("the redemption, refunded by the closing")
                    .isEqualTo(mothers.entries().items().getFirst().transactionId());
            assertThat(sons.resident().status()).isEqualTo("active");
            assertThat(sons.entries().items()).singleElement().satisfies(received -> {
                assertThat(received.type()).isEqualTo("resident.closed");
                assertThat(received.minutes()).isEqualTo(150);
                assertThat(received.counterpartyId()).isEqualTo(mother.toString());
            });
            assertThat(found.items()).singleElement().extracting(ResidentSummary::status).isEqualTo("closed");
        }
    }
}

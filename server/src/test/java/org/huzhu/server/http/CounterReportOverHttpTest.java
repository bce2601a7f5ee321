package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report and a resident's statement through the real server, from credits, a transfer and its reversal, a
 * booking paid and cancelled (a refund), and residents enrolled or last active months ago (transactions dated in the
 * past by the counter's clock). The server's zone is UTC (the tests' clock). SQLite and PostgreSQL.
 */
class CounterReportOverHttpTest {

    private static final TypeReference<Report> REPORT = new TypeReference<>() { };
    private static final TypeReference<Statement> STATEMENT = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theReportAndStatementsShowWhatTheLedgerHolds(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            CounterDesk desk = new CounterDesk(running, now.minus(Duration.ofDays(200)));
            TestKiosk kiosk = desk.kiosk;
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            UUID neighbour = UUID.randomUUID();
            UUID newcomer = UUID.randomUUID();
            UUID task = UUID.randomUUID();
            desk.enrol(mother, son, neighbour);
            desk.accept(kiosk.next(new FamilyLinked(mother, son), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(task, mother, 120, "ST-1", "counter"), TestKiosk.STAFF));
            kiosk.advance(Duration.ofDays(50));
            desk.accept(kiosk.next(new ServiceConfirmed(task, neighbour, 10, "ST-1", "garden"), TestKiosk.STAFF));
            kiosk.advance(Duration.ofDays(140));
            byte[] credit = kiosk.next(new ServiceConfirmed(task, son, 90, "ST-1", "help outside tasks"),
                    TestKiosk.STAFF);
            byte[] rating = kiosk.next(new VolunteerRated(task, son, 5, ""), TestKiosk.STAFF);
            byte[] transfer = kiosk.next(new HoursTransferred(mother, son, 20), TestKiosk.STAFF);
            String transferId = idOf(transfer);
            byte[] reversal = kiosk.next(new TransactionReversed(UUID.fromString(transferId), "wrong member"),
                    TestKiosk.STAFF);
            BookingSlot slot = BookingSlot.first(running);
            UUID booking = UUID.randomUUID();
            desk.accept(credit, rating, transfer, reversal, kiosk.next(new BookingCreated(booking, mother,
                    slot.service(), slot.id(), slot.startsAt(), 30, 0), TestKiosk.STAFF));
            byte[] redeem = kiosk.next(new HoursRedeemed(mother, 30, booking), TestKiosk.STAFF);
            byte[] cancel = kiosk.next(new BookingCancelled(booking, mother, "ill"), TestKiosk.STAFF);
            desk.accept(redeem, cancel);
            kiosk.advance(Duration.ofDays(5));
            desk.enrol(newcomer);

            Report month = desk.get("/v1/counter/report?from=" + today.minusDays(29) + "&to=" + today, REPORT);
            Report lastDays = desk.get("/v1/counter/report?from=" + today + "&to=" + today + "&inactiveDays=5",
                    REPORT);
            LocalDate past = today.minusDays(100);
            Report history = desk.get("/v1/counter/report?from=" + past + "&to=" + past + "&inactiveDays=90", REPORT);
            Statement motherStatement = desk.get("/v1/counter/statement?residentId=" + mother, STATEMENT);
            Statement page = desk.get("/v1/counter/statement?residentId=" + mother + "&offset=1&limit=2", STATEMENT);
            Statement sonStatement = desk.get("/v1/counter/statement?residentId=" + son, STATEMENT);

            assertThat(month.from()).isEqualTo(today.minusDays(29));
            assertThat(month.zone()).isEqualTo("Z");
            assertThat(month.creditedMinutes()).isEqualTo(90);
            assertThat(month.redeemedMinutes()).isEqualTo(30);
            assertThat(month.transferredMinutes()).isEqualTo(20);
            assertThat(month.reversedMinutes()).as("the reversal and the refund").isEqualTo(50);
            assertThat(month.ledgerSumMinutes()).isZero();
            assertThat(month.services()).hasSize(8).filteredOn(service -> service.serviceCode().equals(slot.service()))
                    .singleElement().satisfies(service -> {
                        assertThat(service.booked()).isEqualTo(1);
                        assertThat(service.cancelled()).isEqualTo(1);
                        assertThat(service.nameZh()).isNotBlank();
                        assertThat(service.providerEn()).isNotBlank();
                    });
            assertThat(month.services()).extracting(Report.ServiceBookings::serviceCode).isSorted();
            assertThat(month.volunteers()).extracting(Report.VolunteerMinutes::volunteerId,
                    Report.VolunteerMinutes::memberNumber, Report.VolunteerMinutes::minutes,
                    Report.VolunteerMinutes::ratings, Report.VolunteerMinutes::starsTotal)
                    .containsExactly(tuple(son.toString(), "M000002", 90L, 1, 5));
            assertThat(ids(month.newResidents())).containsExactly(newcomer.toString());
            assertThat(month.inactiveDays()).isEqualTo(90);
            assertThat(ids(month.inactiveResidents())).containsExactly(neighbour.toString());
            assertThat(lastDays.creditedMinutes()).isZero();
            assertThat(ids(lastDays.inactiveResidents())).containsExactly(mother.toString(), son.toString(),
                    neighbour.toString(), newcomer.toString());
            assertThat(ids(history.inactiveResidents())).as("active then: only the neighbour, 150 days ago")
                    .containsExactly(mother.toString(), son.toString());

            ResidentSummary motherSummary = motherStatement.resident();
            assertThat(motherSummary.balanceMinutes()).isEqualTo(120);
            assertThat(motherSummary.memberNumber()).isEqualTo("M000001");
            assertThat(motherSummary.lastExchangeAt()).isEqualTo(TransactionCodec.decode(cancel).body().createdAt());
            assertThat(motherStatement.entries().total()).isEqualTo(5);
            assertThat(motherStatement.entries().items()).extracting(StatementEntry::type, StatementEntry::minutes,
                    StatementEntry::counterpartyId, StatementEntry::reverses, StatementEntry::reversedBy,
                    StatementEntry::reason).containsExactly(
                    tuple("booking.cancelled", 30L, null, idOf(redeem), null, "ill"),
                    tuple("hours.redeemed", -30L, null, null, idOf(cancel), ""),
                    tuple("transaction.reversed", 20L, son.toString(), transferId, null, "wrong member"),
                    tuple("hours.transferred", -20L, son.toString(), null, idOf(reversal), ""),
                    tuple("service.confirmed", 120L, null, null, null, "counter"));
            assertThat(page.entries().items()).isEqualTo(motherStatement.entries().items().subList(1, 3));
            assertThat(page.entries().offset()).isEqualTo(1);
            assertThat(sonStatement.resident().balanceMinutes()).isEqualTo(90);
            assertThat(sonStatement.entries().items()).extracting(StatementEntry::minutes,
                    StatementEntry::counterpartyId).containsExactly(tuple(-20L, mother.toString()),
                    tuple(20L, mother.toString()), tuple(90L, null));
        }
    }

    private static String idOf(byte[] envelope) throws Exception {
        return TransactionCodec.decode(envelope).body().id().toString();
    }

    private static java.util.List<String> ids(java.util.List<ResidentSummary> residents) {
        return residents.stream().map(ResidentSummary::residentId).toList();
    }

    /** A slot of the demo catalogue, to book (also closing an account's, ClosedAccountOverHttpTest). */
    record BookingSlot(UUID id, String service, Instant startsAt) {

        static BookingSlot first(RunningServer running) throws Exception {
            return running.server.database().inTransaction(connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT slot_id, service_code, starts_at FROM slot ORDER BY starts_at, slot_id");
                     var row = query.executeQuery()) {
                    row.next();
                    return new BookingSlot(UUID.fromString(row.getString(1)), row.getString(2),
                            Instant.parse(row.getString(3)));
                }
            });
        }
    }
}

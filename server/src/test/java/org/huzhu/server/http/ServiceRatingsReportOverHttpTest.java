package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Residents' ratings of a service (issue 12 part 7) fill the counter report's {@code ratings} and {@code starsTotal}
 * for the days the ratings were given, through the real server on SQLite and PostgreSQL.
 */
class ServiceRatingsReportOverHttpTest {

    private static final TypeReference<Report> REPORT = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theReportCountsTheRatingsGivenInItsRange(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CounterDesk desk = new CounterDesk(running, now);
            TestKiosk kiosk = desk.kiosk;
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            desk.enrol(first, second);
            Slot slot = Slot.haircut(running);
            UUID firstBooking = UUID.randomUUID();
            UUID secondBooking = UUID.randomUUID();
            desk.accept(kiosk.next(new BookingCreated(firstBooking, first, "haircut", slot.id(), slot.startsAt(), 30,
                    0), TestKiosk.STAFF), kiosk.next(new BookingCreated(secondBooking, second, "haircut", slot.id(),
                    slot.startsAt(), 30, 0), TestKiosk.STAFF));
            kiosk.advance(Duration.between(kiosk.now(), slot.startsAt()).plusHours(3));
            desk.accept(kiosk.next(new ServiceRated(firstBooking, first, ServiceRated.HAPPY), TestKiosk.STAFF),
                    kiosk.next(new ServiceRated(secondBooking, second, ServiceRated.NEUTRAL), TestKiosk.STAFF));
            LocalDate ratedOn = LocalDate.ofInstant(kiosk.now(), ZoneOffset.UTC);

            Report thatDay = desk.get("/v1/counter/report?from=" + ratedOn + "&to=" + ratedOn, REPORT);
            Report dayBefore = desk.get("/v1/counter/report?from=" + ratedOn.minusDays(1) + "&to="
                    + ratedOn.minusDays(1), REPORT);

            assertThat(thatDay.services()).filteredOn(service -> service.serviceCode().equals("haircut"))
                    .singleElement().satisfies(haircut -> {
                        assertThat(haircut.ratings()).isEqualTo(2);
                        assertThat(haircut.starsTotal()).isEqualTo(8);
                    });
            assertThat(thatDay.services()).filteredOn(service -> !service.serviceCode().equals("haircut"))
                    .allSatisfy(other -> assertThat(other.ratings()).isZero());
            assertThat(dayBefore.services()).allSatisfy(service -> assertThat(service.ratings()).isZero());
        }
    }

    /** The first haircut slot of the demo catalogue. */
    private record Slot(UUID id, Instant startsAt) {

        static Slot haircut(RunningServer running) throws Exception {
            return running.server.database().inTransaction(connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT slot_id, starts_at FROM slot WHERE service_code = 'haircut' ORDER BY starts_at");
                     var row = query.executeQuery()) {
                    row.next();
                    return new Slot(UUID.fromString(row.getString(1)), Instant.parse(row.getString(2)));
                }
            });
        }
    }
}

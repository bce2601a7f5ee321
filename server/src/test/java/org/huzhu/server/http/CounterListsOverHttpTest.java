package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counter's lists through the real server on loopback, from transactions posted through {@code /v1/batches} by
 * two kiosks: volunteer sessions, resident search, rejections; paging. SQLite and PostgreSQL.
 */
class CounterListsOverHttpTest {

    private static final TypeReference<Page<VolunteerSession>> SESSIONS = new TypeReference<>() { };
    private static final TypeReference<Page<ResidentSummary>> RESIDENTS = new TypeReference<>() { };
    private static final TypeReference<Page<Rejection>> REJECTIONS = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void volunteerSessionsFromEveryKioskNewestFirstUntilStaffSettleThem(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CounterDesk desk = new CounterDesk(running, start);
            TestKiosk hall = new TestKiosk(SignatureSuites.SM2_SM3, start.plusSeconds(100));
            running.enrol(hall);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            UUID third = UUID.randomUUID();
            desk.enrol(first, second, third);
            List<UUID> tasks = tasks(running);
            UUID canteen = tasks.get(0);
            UUID garden = tasks.get(1);

            byte[] firstIn = desk.kiosk.next(new VolunteerCheckedIn(first, canteen), ServerParts.cardOf(first));
            desk.accept(firstIn);
            assertThat(desk.post(hall, hall.next(new VolunteerCheckedOut(first, canteen, 60),
                    ServerParts.cardOf(first)), hall.next(new VolunteerCheckedIn(second, canteen),
                    ServerParts.cardOf(second)))).allMatch(verdict -> verdict.accepted());
            desk.kiosk.advance(Duration.ofSeconds(200)); // after the hall's transactions
            desk.accept(desk.kiosk.next(new VolunteerCheckedIn(third, garden), ServerParts.cardOf(third)),
                    desk.kiosk.next(new VolunteerCheckedOut(third, garden, 30), ServerParts.cardOf(third)),
                    desk.kiosk.next(new ServiceConfirmed(garden, third, 30, "ST-1", ""), TestKiosk.STAFF),
                    desk.kiosk.next(new VolunteerRated(garden, third, 4, "on time"), TestKiosk.STAFF));
            Page<VolunteerSession> beforeNoShow = desk.get("/v1/counter/volunteer-sessions?status=waiting", SESSIONS);
            desk.accept(desk.kiosk.next(new VolunteerNoShow(canteen, second, "left before the work began"),
                    TestKiosk.STAFF));

            Page<VolunteerSession> waiting = desk.get("/v1/counter/volunteer-sessions", SESSIONS);
            Page<VolunteerSession> all = desk.get("/v1/counter/volunteer-sessions?status=all", SESSIONS);
            Page<VolunteerSession> second2 = desk.get("/v1/counter/volunteer-sessions?status=all&offset=1&limit=1",
                    SESSIONS);

            assertThat(beforeNoShow.total()).isEqualTo(2);
            assertThat(beforeNoShow.items()).extracting(VolunteerSession::volunteerId, VolunteerSession::status)
                    .containsExactly(tuple(second.toString(), "checked-in"), tuple(first.toString(), "checked-out"));
            assertThat(waiting.total()).isEqualTo(1);
            VolunteerSession firstSession = waiting.items().getFirst();
            assertThat(firstSession).isEqualTo(beforeNoShow.items().get(1));
            assertThat(firstSession.taskId()).isEqualTo(canteen.toString());
            assertThat(firstSession.memberNumber()).isEqualTo("M000001");
            assertThat(firstSession.displayName()).isEqualTo(ServerParts.enrolment(first).displayName());
            assertThat(firstSession.kioskId()).as("where the volunteer checked in").isEqualTo(desk.kiosk.kioskId());
            assertThat(firstSession.checkedInAt()).isEqualTo(start.plusSeconds(4));
            assertThat(firstSession.checkedOutAt()).isEqualTo(start.plusSeconds(101));
            assertThat(firstSession.checkedOutMinutes()).isEqualTo(60);
            assertThat(firstSession.titleZh()).isNotBlank();
            assertThat(firstSession.taskMinutes()).isBetween(1, 1440);
            VolunteerSession absent = all.items().get(1);
            assertThat(absent.volunteerId()).isEqualTo(second.toString());
            assertThat(absent.status()).isEqualTo("no-show");
            assertThat(absent.kioskId()).isEqualTo(hall.kioskId());
            assertThat(absent.checkedOutAt()).isNull();
            assertThat(absent.checkedOutMinutes()).isZero();
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.items().get(0)).satisfies(confirmed -> {
                assertThat(confirmed.volunteerId()).isEqualTo(third.toString());
                assertThat(confirmed.status()).isEqualTo("confirmed");
                assertThat(confirmed.confirmedMinutes()).isEqualTo(30);
                assertThat(confirmed.memberNumber()).isEqualTo("M000003");
                assertThat(confirmed.stars()).isEqualTo(4);
            });
            assertThat(all.items().get(2).stars()).isZero();
            assertThat(second2.offset()).isEqualTo(1);
            assertThat(second2.total()).isEqualTo(3);
            assertThat(second2.items()).containsExactly(absent);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void residentsAreFoundByNamePinyinInitialsAndMemberNumberInPages(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            UUID wang = UUID.randomUUID();
            UUID zeng = UUID.randomUUID();
            UUID li = UUID.randomUUID();
            UUID anna = UUID.randomUUID();
            desk.accept(named(desk, wang, "王秀英"), named(desk, zeng, "曾小明"), named(desk, li, "李秀兰"),
                    named(desk, anna, "Anna Li"));
            List<UUID> many = new ArrayList<>();
            List<byte[]> enrolments = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                many.add(UUID.randomUUID());
                enrolments.add(named(desk, many.getLast(), "居民"));
            }
            desk.accept(enrolments.toArray(byte[][]::new));
            desk.accept(desk.kiosk.next(new ResidentProfileSet(wang, "zh-CN", "+86 138-1234-5678", "王小明",
                    "139 0000 0000", "consent-1"), TestKiosk.STAFF));

            assertThat(found(desk, "wxy")).containsExactly(wang.toString());
            assertThat(found(desk, "WX")).containsExactly(wang.toString());
            assertThat(found(desk, "z")).as("曾 as a surname is zeng").containsExactly(zeng.toString());
            assertThat(found(desk, "cxm")).as("and ceng otherwise").containsExactly(zeng.toString());
            assertThat(found(desk, "%E7%A7%80")).as("秀").containsExactly(wang.toString(), li.toString());
            assertThat(found(desk, "%20%E7%8E%8B%E7%A7%80%E8%8B%B1+")).as("trimmed").containsExactly(wang.toString());
            assertThat(found(desk, "anna")).containsExactly(anna.toString());
            assertThat(found(desk, "al")).as("initials of a Latin name").containsExactly(anna.toString());
            for (String number : List.of("M000001", "m000001", "1", "000001")) {
                assertThat(found(desk, number)).as(number).containsExactly(wang.toString());
            }
            assertThat(found(desk, "M000064")).containsExactly(many.getLast().toString());
            for (String phone : List.of("5678", "45678", "13812345678", "138+1234-5678", "%2B86+138-1234-5678")) {
                assertThat(found(desk, phone)).as(phone).containsExactly(wang.toString());
            }
            assertThat(found(desk, "678")).as("fewer than 4 digits").isEmpty();
            assertThat(found(desk, "00000000")).as("the emergency contact's phone is not searched").isEmpty();
            assertThat(desk.get("/v1/counter/residents?q=wxy", RESIDENTS).items().getFirst().phoneMasked())
                    .isEqualTo("••• 5678");
            for (String nobody : List.of("%25", "_", "M000065", "xyz", "%27+OR+1%3D1+--")) {
                assertThat(found(desk, nobody)).as(nobody).isEmpty();
            }

            Page<ResidentSummary> firstPage = desk.get("/v1/counter/residents?q=jm", RESIDENTS);
            Page<ResidentSummary> lastPage = desk.get("/v1/counter/residents?q=jm&offset=50&limit=200", RESIDENTS);
            assertThat(firstPage.total()).isEqualTo(60);
            assertThat(firstPage.items()).hasSize(50);
            assertThat(lastPage.items()).hasSize(10);
            List<String> numbers = new ArrayList<>(firstPage.items().stream().map(ResidentSummary::memberNumber)
                    .toList());
            lastPage.items().forEach(resident -> numbers.add(resident.memberNumber()));
            assertThat(numbers).as("in order of member number").isSorted().doesNotHaveDuplicates()
                    .startsWith("M000005").endsWith("M000064");
            ResidentSummary summary = firstPage.items().getFirst();
            assertThat(summary.residentId()).isEqualTo(many.getFirst().toString());
            assertThat(summary.balanceMinutes()).isZero();
            assertThat(summary.phoneMasked()).isEmpty();
            assertThat(summary.lastExchangeAt()).isNull();
            assertThat(summary.status()).isEqualTo("active");
            assertThat(summary.enrolledAt()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void rejectionsOfEveryKioskTheLatestJudgedFirst(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            TestKiosk hall = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(
                    ChronoUnit.MILLIS));
            running.enrol(hall);
            UUID resident = UUID.randomUUID();
            desk.enrol(resident);
            byte[] overdrawn = desk.kiosk.next(new HoursRedeemed(resident, 30, UUID.randomUUID()), TestKiosk.STAFF);
            byte[] unsigned = desk.kiosk.nextAuthorisedBy(new ServiceConfirmed(UUID.randomUUID(), resident, 60,
                    "ST-1", "forged"), TestKiosk.STAFF);
            byte[] wrongRole = desk.kiosk.next(new PaymentOrderMatched("A-1", "H-1", 100), TestKiosk.STAFF);
            assertThat(desk.post(desk.kiosk, overdrawn, unsigned, wrongRole)).noneMatch(verdict -> verdict.accepted());
            Thread.sleep(5); // the next batch is judged later
            assertThat(desk.post(hall, hall.next(new HoursRedeemed(resident, 5, UUID.randomUUID()),
                    new Actor("ef".repeat(32), SignInMethod.CARD)))).noneMatch(verdict -> verdict.accepted());

            Page<Rejection> rejections = desk.get("/v1/counter/rejections", REJECTIONS);
            Page<Rejection> page = desk.get("/v1/counter/rejections?offset=3", REJECTIONS);

            assertThat(rejections.total()).isEqualTo(4);
            assertThat(rejections.items()).extracting(Rejection::reason).containsExactly(
                    "not-authorised-for-resident", "role-not-allowed", "staff-confirmation-required",
                    "insufficient-balance");
            Rejection latest = rejections.items().getFirst();
            assertThat(latest.kioskId()).isEqualTo(hall.kioskId());
            assertThat(latest.sequence()).isEqualTo(1);
            assertThat(latest.type()).isEqualTo("hours.redeemed");
            assertThat(latest.residentId()).isEqualTo(resident.toString());
            assertThat(latest.createdAt()).isEqualTo(hall.now());
            assertThat(latest.receivedAt()).isAfter(rejections.items().get(1).receivedAt());
            assertThat(rejections.items().get(1).residentId()).as("a payment order names no resident").isNull();
            assertThat(rejections.items().get(2).residentId()).as("the volunteer credited")
                    .isEqualTo(resident.toString());
            assertThat(page.items()).extracting(Rejection::sequence).containsExactly(2L);
        }
    }

    private static byte[] named(CounterDesk desk, UUID resident, String name) {
        ResidentEnrolled enrolment = ServerParts.enrolment(resident);
        return desk.kiosk.next(new ResidentEnrolled(resident, enrolment.cardNumberHash(), enrolment.idNumberHash(),
                name), TestKiosk.STAFF);
    }

    private static List<String> found(CounterDesk desk, String q) throws Exception {
        Page<ResidentSummary> page = desk.get("/v1/counter/residents?q=" + q, RESIDENTS);
        assertThat(page.total()).as(q).isEqualTo(page.items().size());
        return page.items().stream().map(ResidentSummary::residentId).toList();
    }

    static List<UUID> tasks(RunningServer running) throws Exception {
        return running.server.database().inTransaction(connection -> {
            List<UUID> tasks = new ArrayList<>();
            try (var query = connection.prepareStatement("SELECT task_id FROM volunteer_task ORDER BY starts_at, "
                    + "task_id"); var rows = query.executeQuery()) {
                while (rows.next()) {
                    tasks.add(UUID.fromString(rows.getString(1)));
                }
            }
            return tasks;
        });
    }
}

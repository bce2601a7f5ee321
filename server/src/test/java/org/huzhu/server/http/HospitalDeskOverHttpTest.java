package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.DeskStaff;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.aid.AidApplications;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hospital desk's questions over HTTP (docs/protocol.md §12.11) on SQLite and PostgreSQL: a receptionist of the
 * desk's hospital learns who holds a card and their open aid orders at that hospital only, and the desk's own
 * hospital; every other card, desk or query is refused with its code, never a 500.
 */
class HospitalDeskOverHttpTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    /** A server with two audited hospitals, a charity with money, a desk of the first and its receptionist. */
    private static final class World implements AutoCloseable {
        final RunningServer running;
        final CounterDesk counter;
        final TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "仁和医院");
        final TestInstitution otherHospital = new TestInstitution(InstitutionKind.HOSPITAL, "另一家医院");
        final TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "互助慈善基金会");
        final TestKiosk desk = new TestKiosk(SignatureSuites.ED25519_SHA256,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        final TestStaff receptionist = new TestStaff();
        final UUID patient = UUID.randomUUID();
        final UUID stranger = UUID.randomUUID();

        World(Stores store, Path folder) throws Exception {
            running = new RunningServer(store.create(folder), folder);
            counter = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            counter.enrol(patient, stranger);
            for (TestInstitution institution : List.of(hospital, otherHospital, charity)) {
                institution.registerAndCheck(running.server.database());
            }
            running.server.database().inTransaction(connection -> MoneyLedger.transfer(connection, MoneyLedger.BANK,
                    MoneyLedger.charity(charity.id()), 10_000_000, MoneyLedger.Kind.DONATION, null, "donation",
                    Instant.now()));
            receptionist.register(running.server.database(), "陈静", Set.of(StaffRole.HOSPITAL_DESK),
                    ServerSettings.DEFAULT_COMMUNITY, Optional.of(hospital.id()), Instant.now().minusSeconds(60));
            desk.useStaffCard(receptionist);
            enrol(desk, Optional.of(hospital.id()));
        }

        void enrol(TestKiosk kiosk, Optional<String> hospitalId) throws Exception {
            String code = hospitalId.isPresent() ? running.server.issueEnrolmentCode(hospitalId.get())
                    : running.server.issueEnrolmentCode();
            HttpResponse<String> answer = running.client.signed(kiosk, "POST", "/v1/enrolment",
                    ApiClient.enrolment(kiosk, code));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }

        /** An aid order of the charity for {@code resident} at {@code at}, as the charity would issue it. */
        UUID order(UUID resident, TestInstitution at, long maxFen, Duration validFor) throws Exception {
            UUID application = UUID.randomUUID();
            UUID order = UUID.randomUUID();
            Instant now = Instant.now();
            Optional<String> refused = running.server.database().inTransaction(connection -> {
                AidApplications.record(connection, new AidApplied(application, resident, charity.id(), at.id(),
                        "住院治疗", maxFen, List.of()), UUID.randomUUID().toString(), now);
                return AidOrders.issue(connection, new AidOrderDocument(order, application, charity.id(), at.id(),
                        AidOrders.patientPseudonym(resident, charity.id()), maxFen, "住院治疗", now.plus(validFor)),
                        "5167", now);
            });
            assertThat(refused).isEmpty();
            return order;
        }

        HttpResponse<String> ask(TestKiosk kiosk, TestStaff staff, String target) throws Exception {
            return running.client.counter(kiosk, staff, target);
        }

        PatientAtDesk patient(UUID resident) throws Exception {
            HttpResponse<String> answer = ask(desk, receptionist, "/v1/hospital/patient?card=" + card(resident));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return SyncJson.MAPPER.readValue(answer.body(), PatientAtDesk.class);
        }

        @Override
        public void close() throws Exception {
            running.close();
        }
    }

    private static String card(UUID resident) {
        return ServerParts.enrolment(resident).cardNumberHash();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void theReceptionistSeesThePatientsOpenOrdersAtTheirHospitalOnlyAsTheyArePaid(Stores store) throws Exception {
        try (World world = new World(store, folder)) {
            UUID later = world.order(world.patient, world.hospital, 500_000, Duration.ofDays(60));
            UUID sooner = world.order(world.patient, world.hospital, 300_000, Duration.ofDays(30));
            world.order(world.patient, world.otherHospital, 200_000, Duration.ofDays(30));

            DeskStaff staff = SyncJson.MAPPER.readValue(world.ask(world.desk, world.receptionist,
                    "/v1/hospital/staff").body(), DeskStaff.class);
            assertThat(staff).isEqualTo(new DeskStaff(StaffRegistry.staffIdOf(world.receptionist.fingerprint()),
                    List.of("hospital-desk"), world.hospital.id(), "仁和医院"));
            PatientAtDesk found = world.patient(world.patient);
            assertThat(found.residentId()).isEqualTo(world.patient);
            assertThat(found.displayName()).isEqualTo(ServerParts.enrolment(world.patient).displayName());
            assertThat(found.orders()).as("the soonest to end first, none of the other hospital's")
                    .extracting(order -> order.orderId()).containsExactly(sooner, later);
            assertThat(found.orders().getFirst().charityName()).isEqualTo("互助慈善基金会");
            assertThat(found.orders().getFirst().remainingFen()).isEqualTo(300_000);
            assertThat(world.patient(world.stranger).orders()).as("someone without aid here").isEmpty();

            List<Verdict> paid = world.counter.post(world.desk, world.desk.next(new HospitalOrderSubmitted(sooner,
                    world.patient, "HIS-1", 300_000, List.of(new BillItem("手术费", 300_000))), TestKiosk.STAFF));
            assertThat(paid).allSatisfy(verdict -> assertThat(verdict.accepted()).as(verdict.reason()).isTrue());
            assertThat(world.patient(world.patient).orders()).as("an order paid in full is not open any more")
                    .extracting(order -> order.orderId()).containsExactly(later);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anOrderPastItsEndIsNotShown(Stores store) throws Exception {
        try (World world = new World(store, folder)) {
            world.order(world.patient, world.hospital, 100_000, Duration.ofMillis(1500));
            Thread.sleep(2000);
            assertThat(world.patient(world.patient).orders()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void everyOtherCardDeskOrQueryIsRefusedWithItsCode(Stores store) throws Exception {
        try (World world = new World(store, folder)) {
            String patient = "/v1/hospital/patient?card=" + card(world.patient);
            assertThat(Refusals.of(world.ask(world.desk, RunningServer.SOCIAL_WORKER, patient)))
                    .as("a social worker's card at a desk").isEqualTo("403 role-not-allowed");
            assertThat(Refusals.of(world.ask(world.desk, world.receptionist, "/v1/counter/residents?q=wxy")))
                    .as("a receptionist's card at the counter's queries").isEqualTo("403 role-not-allowed");

            TestStaff ofAnother = new TestStaff();
            ofAnother.register(world.running.server.database(), "王医生", Set.of(StaffRole.HOSPITAL_DESK),
                    ServerSettings.DEFAULT_COMMUNITY, Optional.of(world.otherHospital.id()),
                    Instant.now().minusSeconds(60));
            for (String target : List.of(patient, "/v1/hospital/staff")) {
                assertThat(Refusals.of(world.ask(world.desk, ofAnother, target)))
                        .as("a receptionist of another hospital: %s", target).isEqualTo("403 staff-not-of-hospital");
            }
            TestKiosk ordinary = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            world.enrol(ordinary, Optional.empty());
            assertThat(Refusals.of(world.ask(ordinary, world.receptionist, patient)))
                    .as("a kiosk enrolled for no hospital").isEqualTo("403 staff-not-of-hospital");
            assertThat(Refusals.of(world.ask(world.desk, new TestStaff(), patient)))
                    .as("an unregistered card").isEqualTo("403 staff-not-authorised");
            assertThat(Refusals.of(world.running.client.signed(world.desk, "GET", patient, new byte[0])))
                    .as("the desk's signature alone").isEqualTo("401 staff-signature-required");

            assertThat(Refusals.of(world.ask(world.desk, world.receptionist,
                    "/v1/hospital/patient?card=" + card(UUID.randomUUID())))).isEqualTo("404 unknown-resident");
            String hex = card(world.patient);
            for (String query : List.of("", "?card=", "?card=" + hex.toUpperCase(), "?card=" + hex.substring(1),
                    "?card=" + hex + "0", "?card=" + hex + "&card=" + hex, "?card=%zz", "?x=1", "?card=" + hex + "&",
                    "?card=" + hex.substring(2) + "%00%00", "?card=" + "g".repeat(64), "?card",
                    "?card=" + hex.substring(8) + "%E7%8E%8B%E7%8E%8B")) {
                assertThat(Refusals.of(RawStaffRequest.get(world.running.server.port(), world.desk,
                        world.receptionist, "/v1/hospital/patient" + query))).as("'%s'", query)
                        .isEqualTo("400 invalid-request");
            }
            assertThat(Refusals.of(world.ask(world.desk, world.receptionist, "/v1/hospital/staff?x=1")))
                    .isEqualTo("400 invalid-request");
        }
    }
}

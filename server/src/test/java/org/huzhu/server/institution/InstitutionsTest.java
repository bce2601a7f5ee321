package org.huzhu.server.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.api.Codes;
import org.huzhu.server.institution.InstitutionException.Reason;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.Database;
import org.huzhu.server.testsupport.MutableClock;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The institution registry's rules and refusals, on SQLite and PostgreSQL. */
class InstitutionsTest {

    private static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");
    private static final List<CheckedDocument> LICENCE = List.of(new CheckedDocument("licence.pdf", "ab".repeat(32)),
            new CheckedDocument("non-profit-certificate.jpg", "cd".repeat(32)));

    @TempDir
    Path folder;

    private static <T> T in(Database database, Institutions.Work<T> work) throws Exception {
        return Institutions.inTransaction(database, work);
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aCharityActsOnlyOnceACheckConfirmedItIsANonProfit(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            Institution registered = charity.register(database);

            assertThat(registered.institutionId()).isEqualTo(charity.id()).matches("I-[0-9a-f]{16}");
            assertThat(registered.status()).isEqualTo(InstitutionStatus.REGISTERED);
            assertThat(in(database, c -> Institutions.standing(c, charity.id())).refusal())
                    .hasValue(Codes.INSTITUTION_NOT_AUDITED);

            Institutions.Check notNonProfit = in(database, c -> Institutions.check(c, charity.id(), LICENCE, false,
                    AT, "审核员 王"));
            assertThat(notNonProfit.passed()).isFalse();
            assertThat(notNonProfit.institution().status()).isEqualTo(InstitutionStatus.REGISTERED);
            assertThat(in(database, c -> Institutions.standing(c, charity.id())).mayAct()).isFalse();

            Institutions.Check passed = in(database, c -> Institutions.check(c, charity.id(), LICENCE, true,
                    AT.plusSeconds(60), "审核员 王"));
            assertThat(passed.passed()).isTrue();
            assertThat(passed.institution().status()).isEqualTo(InstitutionStatus.AUDITED);
            Standing standing = in(database, c -> Institutions.standing(c, charity.id()));
            assertThat(standing.mayAct()).isTrue();
            assertThat(standing.institution()).hasValueSatisfying(found -> assertThat(found.name())
                    .isEqualTo("慈善基金会"));

            List<InstitutionEvent> history = in(database, c -> Institutions.history(c, charity.id()));
            assertThat(history).extracting(InstitutionEvent::kind).containsExactly("registered", "checked",
                    "checked");
            assertThat(history.get(1).nonProfit()).isFalse();
            assertThat(history.get(1).reason()).isEqualTo("not a registered non-profit");
            assertThat(history.get(2).documents()).isEqualTo(LICENCE);
            assertThat(history.get(2).nonProfit()).isTrue();
            assertThat(history.get(2).byWhom()).isEqualTo("审核员 王");
            assertThat(history.get(0).documents()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aHospitalPassesWithItsDocumentsAndACheckNeedsDocumentsWithTheirHashes(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "第一人民医院");
            hospital.register(database);

            assertThat(refusal(database, c -> Institutions.check(c, hospital.id(), List.of(), false, AT, "王")))
                    .isEqualTo(Reason.INVALID);
            assertThat(refusal(database, c -> Institutions.check(c, hospital.id(), List.of(new CheckedDocument(
                    "scan.pdf", "not a hash")), false, AT, "王"))).isEqualTo(Reason.INVALID);
            assertThat(refusal(database, c -> Institutions.check(c, hospital.id(), LICENCE, false, AT, " ")))
                    .isEqualTo(Reason.INVALID);
            assertThat(refusal(database, c -> Institutions.check(c, "I-0000000000000000", LICENCE, true, AT, "王")))
                    .isEqualTo(Reason.UNKNOWN);
            List<InstitutionEvent> onlyRegistered = in(database, c -> Institutions.history(c, hospital.id()));
            assertThat(onlyRegistered).hasSize(1);

            assertThat(in(database, c -> Institutions.check(c, hospital.id(), LICENCE, false, AT, "王")).passed())
                    .isTrue();
            assertThat(in(database, c -> Institutions.hospital(c, hospital.id())).status())
                    .isEqualTo(InstitutionStatus.AUDITED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void duplicatesBadKeysAndBadTextAreRefusedAndNothingIsStored(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            Registration first = charity.registration();
            in(database, c -> Institutions.register(c, first, AT, "operator"));

            assertThat(refusal(database, c -> Institutions.register(c, charity.registration(), AT, "operator")))
                    .as("the same signing key").isEqualTo(Reason.DUPLICATE);
            TestInstitution other = new TestInstitution(InstitutionKind.CHARITY, "另一个基金会");
            Registration sameNumber = withNumber(other.registration(), InstitutionKind.CHARITY,
                    first.registrationNumber());
            assertThat(refusal(database, c -> Institutions.register(c, sameNumber, AT, "operator")))
                    .as("the same charity registration number").isEqualTo(Reason.DUPLICATE);
            Registration hospitalWithThatNumber = withNumber(other.registration(), InstitutionKind.HOSPITAL,
                    first.registrationNumber());
            assertThat(in(database, c -> Institutions.register(c, hospitalWithThatNumber, AT, "operator")).kind())
                    .as("numbers are unique per kind").isEqualTo(InstitutionKind.HOSPITAL);

            Registration good = new TestInstitution(InstitutionKind.HOSPITAL, "医院").registration();
            Registration ed25519KeyAsSm2 = new Registration(good.kind(), good.name(), good.registrationNumber(),
                    good.legalRepresentative(), good.bankName(), good.bankAccount(), SignatureSuites.SM2_SM3,
                    good.signingKey(), good.encryptionScheme(), good.encryptionKey());
            Registration x25519KeyAsSm2 = new Registration(good.kind(), good.name(), good.registrationNumber(),
                    good.legalRepresentative(), good.bankName(), good.bankAccount(), good.signingSuite(),
                    good.signingKey(), SealingScheme.SM2_C1C3C2, good.encryptionKey());
            KeyPair sm2 = SignatureSuites.SM2_SM3.generateKeyPair();
            Registration oneKeyForBoth = new Registration(good.kind(), good.name(), good.registrationNumber(),
                    good.legalRepresentative(), good.bankName(), good.bankAccount(), SignatureSuites.SM2_SM3,
                    sm2.getPublic(), SealingScheme.SM2_C1C3C2, sm2.getPublic());
            for (Registration badKey : List.of(ed25519KeyAsSm2, x25519KeyAsSm2, oneKeyForBoth)) {
                assertThat(refusal(database, c -> Institutions.register(c, badKey, AT, "operator")))
                        .isEqualTo(Reason.BAD_KEY);
            }
            for (String badName : new String[] {"", "   ", "a\nb", "长".repeat(201)}) {
                Registration badText = new Registration(good.kind(), badName, good.registrationNumber(),
                        good.legalRepresentative(), good.bankName(), good.bankAccount(), good.signingSuite(),
                        good.signingKey(), good.encryptionScheme(), good.encryptionKey());
                assertThat(refusal(database, c -> Institutions.register(c, badText, AT, "operator")))
                        .as(badName).isEqualTo(Reason.INVALID);
            }
            List<Institution> all = in(database, Institutions::list);
            assertThat(all).extracting(Institution::institutionId)
                    .containsExactlyInAnyOrder(charity.id(), other.id());
            assertThat(in(database, c -> Institutions.standing(c, "I-0000000000000000")).refusal())
                    .hasValue(Codes.INSTITUTION_UNKNOWN);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void suspendingStopsAnInstitutionAndReinstatingReturnsItToWhatItWas(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            TestInstitution audited = new TestInstitution(InstitutionKind.CHARITY, "已审核基金会");
            audited.registerAndCheck(database);
            TestInstitution unaudited = new TestInstitution(InstitutionKind.HOSPITAL, "未审核医院");
            unaudited.register(database);

            assertThat(in(database, c -> Institutions.suspend(c, audited.id(), AT, "王", "bank account closed"))
                    .status()).isEqualTo(InstitutionStatus.SUSPENDED);
            assertThat(in(database, c -> Institutions.standing(c, audited.id())).refusal())
                    .hasValue(Codes.INSTITUTION_SUSPENDED);
            assertThat(refusal(database, c -> Institutions.suspend(c, audited.id(), AT, "王", "again")))
                    .isEqualTo(Reason.WRONG_STATE);
            assertThat(refusal(database, c -> Institutions.suspend(c, unaudited.id(), AT, "王", "")))
                    .as("a reason is required").isEqualTo(Reason.INVALID);
            assertThat(in(database, c -> Institutions.check(c, audited.id(), LICENCE, true, AT, "王"))
                    .institution().status()).as("a check does not lift a suspension")
                    .isEqualTo(InstitutionStatus.SUSPENDED);
            assertThat(in(database, c -> Institutions.reinstate(c, audited.id(), AT, "王", "account reopened"))
                    .status()).isEqualTo(InstitutionStatus.AUDITED);
            assertThat(refusal(database, c -> Institutions.reinstate(c, audited.id(), AT, "王", "again")))
                    .isEqualTo(Reason.WRONG_STATE);

            in(database, c -> Institutions.suspend(c, unaudited.id(), AT, "王", "complaint"));
            assertThat(in(database, c -> Institutions.reinstate(c, unaudited.id(), AT, "王", "complaint withdrawn"))
                    .status()).as("never checked: back to registered").isEqualTo(InstitutionStatus.REGISTERED);
            assertThat(refusal(database, c -> Institutions.suspend(c, "I-0000000000000000", AT, "王", "x")))
                    .isEqualTo(Reason.UNKNOWN);
            List<InstitutionEvent> history = in(database, c -> Institutions.history(c, audited.id()));
            assertThat(history).extracting(InstitutionEvent::kind).containsExactly("registered", "checked",
                    "suspended", "checked", "reinstated");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aDeskStationAndItsStaffKeepTheirHospital(Stores store) throws Exception {
        try (Database database = Database.open(store.create(folder))) {
            TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "第一人民医院");
            hospital.registerAndCheck(database);
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            charity.registerAndCheck(database);
            assertThat(refusal(database, c -> Institutions.hospital(c, charity.id()))).isEqualTo(Reason.UNKNOWN);

            Enrolment enrolment = new Enrolment(database, new MutableClock(Instant.now()));
            TestKiosk desk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            TestKiosk community = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            KioskRecord deskRecord = enrolment.enrol(enrolment.issueCode(Duration.ofHours(1),
                    Optional.of(hospital.id())), desk.suite(), desk.keys().getPublic());
            KioskRecord communityRecord = enrolment.enrol(enrolment.issueCode(Duration.ofHours(1)),
                    community.suite(), community.keys().getPublic());

            assertThat(deskRecord.hospitalId()).hasValue(hospital.id());
            assertThat(communityRecord.hospitalId()).isEmpty();
            assertThat(database.inTransaction(c -> Kiosks.find(c, desk.kioskId())).orElseThrow().hospitalId())
                    .hasValue(hospital.id());

            TestStaff receptionist = new TestStaff();
            database.inTransaction(c -> {
                try {
                    return StaffRegistry.add(c, "前台 李", Set.of(StaffRole.HOSPITAL_DESK), "default",
                            receptionist.keys().getPublic(), new byte[0], Optional.of(hospital.id()), AT, "test");
                } catch (StaffRegistryException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(database.inTransaction(c -> StaffRegistry.standingAt(c, receptionist.fingerprint(),
                    AT.plusSeconds(1))).orElseThrow().hospitalId()).hasValue(hospital.id());
            assertThat(database.inTransaction(c -> StaffRegistry.byKey(c, receptionist.fingerprint()))
                    .orElseThrow().hospitalId()).hasValue(hospital.id());
        }
    }

    private static Registration withNumber(Registration r, InstitutionKind kind, String number) {
        return new Registration(kind, r.name(), number, r.legalRepresentative(), r.bankName(), r.bankAccount(),
                r.signingSuite(), r.signingKey(), r.encryptionScheme(), r.encryptionKey());
    }

    private static Reason refusal(Database database, Institutions.Work<?> work) {
        Throwable thrown = catchThrowable(() -> in(database, work));
        assertThat(thrown).isInstanceOf(InstitutionException.class);
        return ((InstitutionException) thrown).reason();
    }
}

package org.huzhu.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.TestKiosks;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter's services on the demo counter: a real SQLite journal, the demo staff card signing through the real
 * reader service, and the demo kiosk's embedded server on loopback judging what the counter sends.
 */
class DeskTest {

    @TempDir
    Path data;

    private TestKiosks.DemoCounter stations;
    private KioskRuntime counter;
    private Desk desk;
    private final SignInOutcomes outcomes = new SignInOutcomes();
    private StaffSession staff;

    @BeforeEach
    void start() throws Exception {
        stations = TestKiosks.demoCounter(data, KioskConfig.DEFAULTS);
        counter = stations.counter();
        desk = counter.counterContext().desk();
        counter.context().signIn().onOutcome(outcomes);
        staff = CounterStations.signInStaff(counter, outcomes);
    }

    @AfterEach
    void stop() throws Exception {
        stations.close();
    }

    @Test
    void anEnrolmentIsSignedOnTheStaffCardWorksHereAtOnceAndTheServerAcceptsIt() throws Exception {
        CardHolder zhang = CounterStations.tapUnknown(counter, outcomes, DemoCard.UNREGISTERED);

        Resident enrolled = desk.enrolment().enrol(staff, zhang, Language.EN,
                new Contact(" 138 0013 8000 ", "张小明", "+86 139-0000-1111"), Consent.ENROLMENT_2);

        List<Transaction> both = CounterStations.journalAfter(counter, 0);
        assertThat(both).hasSize(2);
        Transaction recorded = both.getFirst();
        assertThat(recorded.body().payload()).isEqualTo(new ResidentEnrolled(enrolled.id(), zhang.cardKey(),
                zhang.cardKey(), "张三"));
        assertThat(both.getLast().body().payload()).as("the contact goes to the server, stripped").isEqualTo(
                new ResidentProfileSet(enrolled.id(), "en", "138 0013 8000", "张小明", "+86 139-0000-1111",
                        "enrolment-2"));
        assertThat(both.getLast().body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(recorded.body().actor()).isEqualTo(staff.actor());
        assertThat(recorded.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        Residents residents = new Residents(counter.journal().database(), TestKiosks.MONDAY_MORNING);
        assertThat(residents.findByCard(zhang.cardKey())).contains(new Resident(enrolled.id(), "张三", Language.EN));
        assertThat(consentOf(enrolled.id())).isEqualTo("enrolment-2 " + staff.keyFingerprint());
        assertThat(TestCommunity.awaitVerdict(counter, recorded.sequence())).isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(counter, both.getLast().sequence())).isEqualTo("accepted");

        KioskRuntime kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Residents atTheKiosk = new Residents(kiosk.journal().database(), TestKiosks.MONDAY_MORNING);
        Await.until("the kiosk's snapshot brings 张三", () -> atTheKiosk.findByCard(zhang.cardKey()).isPresent());
        SignInOutcomes kioskOutcomes = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(kioskOutcomes);
        kiosk.context().demoDevices().orElseThrow().tap(DemoCard.UNREGISTERED);
        assertThat(kioskOutcomes.next(SignInOutcome.SignedIn.class).resident().id())
                .as("张三 signs in at the kiosk with the card enrolled at the counter").isEqualTo(enrolled.id());
    }

    @Test
    void aCardEnrolledAlreadyIsRefusedAndNothingIsRecorded() throws Exception {
        CardHolder zhang = CounterStations.tapUnknown(counter, outcomes, DemoCard.UNREGISTERED);
        Resident first = enrolWithoutContact(zhang);
        long head = counter.journal().journal().headSequence();

        assertThat(desk.enrolment().enrolledWith(zhang.cardKey())).map(Resident::id).contains(first.id());
        assertThatThrownBy(() -> enrolWithoutContact(zhang))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.DUPLICATE_CARD));
        assertThat(counter.journal().journal().headSequence()).isEqualTo(head);
    }

    @Test
    void aStaffCardTakenOutSignsNothingAndNothingIsRecorded() throws Exception {
        CardHolder zhang = CounterStations.tapUnknown(counter, outcomes, DemoCard.UNREGISTERED);
        counter.context().demoDevices().orElseThrow().takeStaffCardAway();

        // Straight away (the card may not have noticed yet: then its signature fails) and once its removal is known.
        assertStaffCardGone(() -> enrolWithoutContact(zhang));
        outcomes.next(SignInOutcome.StaffCardRemoved.class);
        assertStaffCardGone(() -> enrolWithoutContact(zhang));

        assertThat(counter.journal().journal().headSequence()).isZero();
        assertThat(desk.enrolment().enrolledWith(zhang.cardKey())).isEmpty();
    }

    @Test
    void aFamilyLinkIsSignedWorksHereBothWaysAndTheServerAcceptsIt() throws Exception {
        awaitTheDemoCommunityHere();
        Resident zhao = enrolWithoutContact(CounterStations.tapUnknown(counter, outcomes,
                DemoCard.ZHAO_MEILAN));

        desk.family().link(staff, zhao.id(), TestCommunity.WANG);

        Transaction link = CounterStations.journalAfter(counter, 0).getLast();
        assertThat(link.body().payload()).isEqualTo(new FamilyLinked(zhao.id(), TestCommunity.WANG));
        assertThat(link.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(desk.files().file(zhao.id()).orElseThrow().family()).extracting(FamilyMember::displayName)
                .containsExactly("王秀英");
        assertThat(desk.files().file(TestCommunity.WANG).orElseThrow().family()).extracting(FamilyMember::displayName)
                .contains("赵美兰", "李建国");
        assertThat(desk.family().linked(TestCommunity.WANG, zhao.id())).isTrue();
        assertThat(TestCommunity.awaitVerdict(counter, link.sequence() - 1)).as("her enrolment").isEqualTo("accepted");
        assertThat(TestCommunity.awaitVerdict(counter, link.sequence())).isEqualTo("accepted");
    }

    @Test
    void linksThatCannotBeAreRefusedAndNothingIsRecorded() throws Exception {
        awaitTheDemoCommunityHere();

        assertRefused(Refusal.Reason.SAME_RESIDENT, () -> desk.family().link(staff, TestCommunity.WANG,
                TestCommunity.WANG));
        assertRefused(Refusal.Reason.ALREADY_FAMILY, () -> desk.family().link(staff, TestCommunity.LI,
                TestCommunity.WANG));
        assertRefused(Refusal.Reason.UNKNOWN_RESIDENT, () -> desk.family().link(staff, TestCommunity.WANG,
                UUID.randomUUID()));
        assertThat(counter.journal().journal().headSequence()).isZero();
    }

    @Test
    void rightsAndAnUnlinkAreSignedWorkHereAtOnceReachTheKioskAndARelinkStartsWithTheChosenRights()
            throws Exception {
        awaitTheDemoCommunityHere();
        assertThat(desk.family().ties(TestCommunity.WANG)).containsExactly(new FamilyTie(
                new FamilyMember(TestCommunity.LI, "李建国"), FamilyRights.ALL, FamilyRights.ALL));
        FamilyRights bookOnly = new FamilyRights(true, false, false);

        desk.family().setRights(staff, List.of(new FamilyLinking.RightsChange(TestCommunity.WANG, TestCommunity.LI,
                bookOnly)));

        Transaction rights = CounterStations.journalAfter(counter, 0).getLast();
        assertThat(rights.body().payload()).isEqualTo(new FamilyPermissionsSet(TestCommunity.WANG, TestCommunity.LI,
                true, false, false));
        assertThat(rights.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(desk.family().ties(TestCommunity.WANG)).singleElement()
                .satisfies(tie -> assertThat(tie.memberForResident()).isEqualTo(bookOnly));
        assertThat(desk.family().ties(TestCommunity.LI)).singleElement()
                .satisfies(tie -> assertThat(tie.residentForMember()).as("the same direction, seen from Li")
                        .isEqualTo(bookOnly));
        assertThat(TestCommunity.awaitVerdict(counter, rights.sequence())).isEqualTo("accepted");

        desk.family().unlink(staff, TestCommunity.LI, TestCommunity.WANG, " moved away ");

        Transaction unlink = CounterStations.journalAfter(counter, 0).getLast();
        assertThat(unlink.body().payload()).isEqualTo(new FamilyUnlinked(TestCommunity.LI, TestCommunity.WANG,
                "moved away"));
        assertThat(desk.family().linked(TestCommunity.WANG, TestCommunity.LI)).isFalse();
        assertThat(desk.files().file(TestCommunity.WANG).orElseThrow().family()).isEmpty();
        assertThat(TestCommunity.awaitVerdict(counter, unlink.sequence())).isEqualTo("accepted");

        KioskRuntime kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Await.until("the kiosk's snapshot ends the link", () -> kiosk.context().community().timeBank()
                .family(TestCommunity.WANG).isEmpty());
        org.huzhu.protocol.Actor lisCard = TestCommunity.cardOf(kiosk, TestCommunity.LI);
        assertThatThrownBy(() -> kiosk.context().community().timeBank().transfer(lisCard, TestCommunity.LI,
                new FamilyMember(TestCommunity.WANG, "王秀英"), 10)).as("Li's card at the kiosk")
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));

        desk.family().link(staff, TestCommunity.WANG, TestCommunity.LI, FamilyRights.ALL,
                new FamilyRights(false, true, true));

        List<Transaction> relink = CounterStations.journalAfter(counter, unlink.sequence());
        assertThat(relink).extracting(transaction -> transaction.body().payload()).containsExactly(
                new FamilyLinked(TestCommunity.WANG, TestCommunity.LI),
                new FamilyPermissionsSet(TestCommunity.LI, TestCommunity.WANG, false, true, true));
        assertThat(desk.family().ties(TestCommunity.WANG)).containsExactly(new FamilyTie(
                new FamilyMember(TestCommunity.LI, "李建国"), FamilyRights.ALL, new FamilyRights(false, true, true)));
        assertThat(TestCommunity.awaitVerdict(counter, relink.getLast().sequence())).isEqualTo("accepted");
    }

    @Test
    void rightsOrAnUnlinkThatCannotBeAreRefusedAndNothingIsRecorded() throws Exception {
        awaitTheDemoCommunityHere();
        UUID stranger = UUID.randomUUID();

        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> desk.family().unlink(staff, TestCommunity.WANG,
                TestCommunity.LI, "  "));
        assertRefused(Refusal.Reason.REASON_REQUIRED, () -> desk.family().unlink(staff, TestCommunity.WANG,
                TestCommunity.LI, "很".repeat(201)));
        assertRefused(Refusal.Reason.NOT_FAMILY, () -> desk.family().unlink(staff, TestCommunity.WANG, stranger,
                "moved away"));
        assertRefused(Refusal.Reason.NOT_FAMILY, () -> desk.family().setRights(staff, List.of(
                new FamilyLinking.RightsChange(TestCommunity.WANG, TestCommunity.LI, FamilyRights.ALL),
                new FamilyLinking.RightsChange(stranger, TestCommunity.WANG, FamilyRights.ALL))));
        assertThat(counter.journal().journal().headSequence()).isZero();
        assertThat(desk.family().linked(TestCommunity.WANG, TestCommunity.LI)).isTrue();
    }

    @Test
    void aResidentsFileHasTheirMaskedCardBalanceAndFamily() throws Exception {
        awaitTheDemoCommunityHere();

        ResidentFile wang = desk.files().file(TestCommunity.WANG).orElseThrow();

        String card = TestCommunity.cardOf(counter, TestCommunity.WANG).cardHash();
        assertThat(wang.resident().displayName()).isEqualTo("王秀英");
        assertThat(wang.maskedCardKey()).contains(card.substring(0, 4) + "…" + card.substring(card.length() - 4));
        assertThat(wang.balance().minutes()).isEqualTo(240);
        assertThat(wang.balance().asOf()).isPresent();
        assertThat(wang.family()).extracting(FamilyMember::displayName).containsExactly("李建国");
        assertThat(desk.files().file(UUID.randomUUID())).isEmpty();
    }

    private void awaitTheDemoCommunityHere() throws Exception {
        CounterStations.awaitTheDemoCommunity(stations);
    }

    private interface Action {
        void run() throws Refusal;
    }

    private static void assertStaffCardGone(Action action) {
        assertRefused(Refusal.Reason.STAFF_CARD_GONE, action);
    }

    @Test
    void aLostCardIsReplacedSoTheOldOneStopsWorkingHereAndAtTheKioskWhileTheBalanceStays() throws Exception {
        // The counter's first snapshot, if it landed after the pin, would bind the card as the server still has it.
        awaitTheDemoCommunityHere();
        CardHolder oldCard = CounterStations.tap(counter, outcomes, DemoCard.WANG_XIUYING,
                SignInOutcome.SignedIn.class).holder().orElseThrow();
        CardHolder newCard = CounterStations.tap(counter, outcomes, DemoCard.WANG_NEW_CARD,
                SignInOutcome.SignedIn.class).holder().orElseThrow();
        assertThat(newCard.cardKey()).as("a reissued card: the same ID number").isEqualTo(oldCard.cardKey());
        assertThat(newCard.cardSerial()).as("another card number").isNotEqualTo(oldCard.cardSerial());
        long balanceBefore = counter.context().community().timeBank().balance(TestCommunity.WANG).minutes();

        desk.cards().replace(staff, TestCommunity.WANG, newCard, CardReplacement.Why.LOST);

        Transaction replaced = CounterStations.journalAfter(counter, 0).getLast();
        assertThat(replaced.body().payload()).isEqualTo(new CardReplaced(TestCommunity.WANG, newCard.cardSerial(),
                "lost"));
        assertThat(replaced.body().authorisations()).singleElement()
                .satisfies(authorisation -> assertThat(authorisation.key()).isEqualTo(staff.keyFingerprint()));
        assertThat(CounterStations.tap(counter, outcomes, DemoCard.WANG_XIUYING, SignInOutcome.CardReplaced.class)
                .resident().id()).as("the old card, at once here").isEqualTo(TestCommunity.WANG);
        assertThat(CounterStations.tap(counter, outcomes, DemoCard.WANG_NEW_CARD, SignInOutcome.SignedIn.class)
                .resident().id()).isEqualTo(TestCommunity.WANG);
        assertThat(TestCommunity.awaitVerdict(counter, replaced.sequence())).isEqualTo("accepted");

        KioskRuntime kiosk = stations.kiosk();
        kiosk.context().sync().orElseThrow().nudge();
        Residents atTheKiosk = new Residents(kiosk.journal().database(), TestKiosks.MONDAY_MORNING);
        Await.until("the kiosk's snapshot pins 王秀英 to her new card", () -> atTheKiosk
                .bindingOf(oldCard.cardKey()).flatMap(Residents.Binding::cardSerial).isPresent());
        SignInOutcomes kioskOutcomes = new SignInOutcomes();
        kiosk.context().signIn().onOutcome(kioskOutcomes);
        assertThat(CounterStations.tap(kiosk, kioskOutcomes, DemoCard.WANG_XIUYING,
                SignInOutcome.CardReplaced.class).resident().id()).isEqualTo(TestCommunity.WANG);
        assertThat(CounterStations.tap(kiosk, kioskOutcomes, DemoCard.WANG_NEW_CARD, SignInOutcome.SignedIn.class)
                .resident().id()).isEqualTo(TestCommunity.WANG);
        assertThat(counter.context().community().timeBank().balance(TestCommunity.WANG).minutes())
                .as("the balance is the resident's, not the card's").isEqualTo(balanceBefore);
    }

    @Test
    void aReplacementWithSomeoneElsesCardOrTheCardInUseRecordsNothing() throws Exception {
        CardHolder lisCard = CounterStations.tap(counter, outcomes, DemoCard.LI_JIANGUO,
                SignInOutcome.SignedIn.class).holder().orElseThrow();
        CardHolder zhangsCard = CounterStations.tapUnknown(counter, outcomes, DemoCard.UNREGISTERED);
        CardHolder newCard = CounterStations.tap(counter, outcomes, DemoCard.WANG_NEW_CARD,
                SignInOutcome.SignedIn.class).holder().orElseThrow();
        desk.cards().replace(staff, TestCommunity.WANG, newCard, CardReplacement.Why.DAMAGED);
        long head = counter.journal().journal().headSequence();

        assertRefused(Refusal.Reason.NOT_THEIR_CARD, () -> desk.cards().replace(staff, TestCommunity.WANG, lisCard,
                CardReplacement.Why.LOST));
        assertRefused(Refusal.Reason.NOT_THEIR_CARD, () -> desk.cards().replace(staff, TestCommunity.WANG,
                zhangsCard, CardReplacement.Why.LOST));
        assertRefused(Refusal.Reason.CARD_ALREADY_CURRENT, () -> desk.cards().replace(staff, TestCommunity.WANG,
                newCard, CardReplacement.Why.LOST));
        staff.close();
        CardHolder oldCard = CounterStations.tap(counter, outcomes, DemoCard.WANG_XIUYING,
                SignInOutcome.CardReplaced.class).holder().orElseThrow();
        assertStaffCardGone(() -> desk.cards().replace(staff, TestCommunity.WANG, oldCard, CardReplacement.Why.LOST));
        assertThat(counter.journal().journal().headSequence()).isEqualTo(head);
    }

    private Resident enrolWithoutContact(CardHolder card) throws Refusal {
        return desk.enrolment().enrol(staff, card, Language.ZH_CN, Contact.NONE, Consent.ENROLMENT_2);
    }

    private static void assertRefused(Refusal.Reason reason, Action action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }

    private String consentOf(UUID resident) throws Exception {
        return counter.journal().database().inTransaction(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT consent || ' ' || staff_key FROM resident_consent WHERE resident_id = ?")) {
                query.setString(1, resident.toString());
                try (var row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : "";
                }
            }
        });
    }
}

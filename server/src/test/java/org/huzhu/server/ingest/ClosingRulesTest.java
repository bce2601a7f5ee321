package org.huzhu.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Closing an account (docs/protocol.md §7): the balance rule and every refusal, on SQLite and PostgreSQL. */
class ClosingRulesTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    private ServerParts server;
    private TestKiosk kiosk;
    private KioskRecord record;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(Stores store) throws Exception {
        start(store, LedgerLimits.DEFAULT);
    }

    private void start(Stores store, LedgerLimits limits) throws Exception {
        server = new ServerParts(store.create(folder), limits);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
        record = server.enrol(kiosk);
    }

    private Verdict send(Payload payload, Actor actor) throws Exception {
        List<Verdict> verdicts = server.send(record, List.of(kiosk.next(payload, actor))).verdicts();
        assertThat(verdicts).hasSize(1);
        return verdicts.getFirst();
    }

    private Verdict staff(Payload payload) throws Exception {
        return send(payload, TestKiosk.STAFF);
    }

    private void credit(UUID resident, int minutes) throws Exception {
        assertThat(staff(new ServiceConfirmed(UUID.randomUUID(), resident, minutes, "staff-1",
                "credited at the counter")).accepted()).isTrue();
    }

    private Snapshot.Slot slot(String serviceCode) throws Exception {
        return server.snapshotAtKioskTime(kiosk, 0).slots().stream()
                .filter(slot -> slot.serviceCode().equals(serviceCode)).findFirst().orElseThrow();
    }

    private static BookingCreated book(UUID booking, UUID resident, Snapshot.Slot slot) {
        return new BookingCreated(booking, resident, slot.serviceCode(), UUID.fromString(slot.slotId()),
                slot.startsAt(), 30, 0);
    }

    private static String account(UUID resident) {
        return Ledger.residentAccount(resident);
    }

    private static ResidentClosed closing(UUID resident, UUID heir) {
        return new ResidentClosed(resident, ResidentClosed.MOVED_AWAY, heir.toString());
    }

    private static ResidentClosed toPool(UUID resident) {
        return new ResidentClosed(resident, ResidentClosed.DIED, "");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void closingCancelsFutureBookingsRefundsThemAndMovesTheBalanceToTheFamilyMember(Stores store) throws Exception {
        start(store);
        UUID mother = UUID.randomUUID();
        UUID son = UUID.randomUUID();
        server.linkFamily(record, kiosk, mother, son);
        credit(mother, 150);
        Snapshot.Slot escort = slot("medical-escort");
        UUID future = UUID.randomUUID();
        Actor card = ServerParts.cardOf(mother);
        assertThat(send(book(future, mother, escort), card).accepted()).isTrue();
        assertThat(send(new HoursRedeemed(mother, 30, future), card).accepted()).isTrue();
        // A slot that began before the closing was written: its booking took place and stays as it is.
        UUID pastSlot = UUID.randomUUID();
        server.database.inTransaction(connection -> {
            Catalogue.upsertSlot(connection, pastSlot, "haircut", ServerParts.START.minus(Duration.ofDays(1)), 4);
            return null;
        });
        UUID past = UUID.randomUUID();
        assertThat(send(new BookingCreated(past, mother, "haircut", pastSlot,
                ServerParts.START.minus(Duration.ofDays(1)), 30, 0), card).accepted()).isTrue();
        int bookedBefore = slot("medical-escort").booked();

        Verdict closed = staff(closing(mother, son));

        assertThat(closed.accepted()).isTrue();
        assertThat(server.balance(account(mother))).as("the account ends at 0").isZero();
        assertThat(server.balance(account(son))).as("120 left, the 30 redeemed refunded first").isEqualTo(150);
        assertThat(server.ledgerSum()).isZero();
        assertThat(slot("medical-escort").booked()).as("the place is free again").isEqualTo(bookedBefore - 1);
        assertThat(bookingStatus(future)).isEqualTo("cancelled");
        assertThat(bookingStatus(past)).as("a booking whose slot began before the closing stays").isEqualTo("booked");
        assertThat(closureMinutes()).as("one posting of the new kind").containsExactly(150L);
        assertThat(server.snapshotAtKioskTime(kiosk, 0).residents())
                .filteredOn(row -> row.residentId().equals(mother.toString())).singleElement()
                .satisfies(row -> assertThat(row.closedAt()).isNotNull());
        assertThat(server.snapshotAtKioskTime(kiosk, 0).residents())
                .filteredOn(row -> row.residentId().equals(son.toString())).singleElement()
                .satisfies(row -> assertThat(row.closedAt()).as("the family member stays open").isNull());
        assertThat(text("SELECT closed_reason FROM resident WHERE resident_id = ?", mother))
                .isEqualTo(ResidentClosed.MOVED_AWAY);
        assertThat(text("SELECT closed_by FROM resident WHERE resident_id = ?", mother)).as("the closing transaction")
                .isNotBlank();
        assertThat(text("SELECT display_name FROM resident WHERE resident_id = ?", mother))
                .as("history kept: the row stays").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anOverdraftIsWrittenOffFromThePoolAndAPositiveBalanceWithoutAFamilyMemberGoesToThePool(Stores store)
            throws Exception {
        start(store, new LedgerLimits(120, 60));
        UUID overdrawn = UUID.randomUUID();
        UUID saver = UUID.randomUUID();
        server.enrolResident(record, kiosk, overdrawn);
        server.enrolResident(record, kiosk, saver);
        assertThat(staff(new HoursRedeemed(overdrawn, 45, UUID.randomUUID())).accepted()).isTrue();
        credit(saver, 90);
        long poolBefore = server.balance(Ledger.POOL);

        assertThat(staff(toPool(overdrawn)).accepted()).isTrue();
        assertThat(staff(toPool(saver)).accepted()).isTrue();

        assertThat(server.balance(account(overdrawn))).isZero();
        assertThat(server.balance(account(saver))).isZero();
        assertThat(server.balance(Ledger.POOL)).as("-45 written off, +90 received").isEqualTo(poolBefore - 45 + 90);
        assertThat(server.ledgerSum()).isZero();
        assertThat(closureMinutes()).containsExactlyInAnyOrder(45L, 90L);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void closingRefusesAnUnknownOrClosedResidentAndAnHeirWhoIsNotOpenFamily(Stores store) throws Exception {
        start(store);
        UUID resident = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        UUID closedMember = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        server.linkFamily(record, kiosk, resident, member);
        server.linkFamily(record, kiosk, resident, closedMember);
        server.enrolResident(record, kiosk, stranger);
        credit(resident, 60);
        assertThat(staff(toPool(closedMember)).accepted()).isTrue();

        Verdict byResident = send(toPool(resident), ServerParts.cardOf(resident));
        Verdict unknown = staff(toPool(UUID.randomUUID()));
        Verdict toStranger = staff(closing(resident, stranger));
        Verdict toClosed = staff(closing(resident, closedMember));
        Verdict toUnenrolled = staff(closing(resident, UUID.randomUUID()));
        Verdict closed = staff(closing(resident, member));
        Verdict again = staff(toPool(resident));

        assertThat(byResident.reason()).isEqualTo(BusinessRules.STAFF_CONFIRMATION_REQUIRED);
        assertThat(unknown.reason()).isEqualTo(BusinessRules.UNKNOWN_RESIDENT);
        assertThat(List.of(toStranger, toClosed, toUnenrolled)).extracting(Verdict::reason)
                .containsOnly(BusinessRules.NOT_FAMILY);
        assertThat(closed.accepted()).isTrue();
        assertThat(again.reason()).isEqualTo(BusinessRules.ACCOUNT_CLOSED);
        assertThat(server.balance(account(member))).isEqualTo(60);
        assertThat(server.ledgerSum()).isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void everythingForOrAboutAClosedResidentIsRefusedAccountClosed(Stores store) throws Exception {
        start(store);
        UUID closed = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        server.linkFamily(record, kiosk, closed, member);
        credit(member, 120);
        UUID task = server.firstVolunteerTask();
        UUID confirmedTask = UUID.randomUUID();
        credit(member, 1);
        assertThat(staff(new ServiceConfirmed(confirmedTask, closed, 30, "staff-1", "before closing")).accepted())
                .isTrue();
        String credit = text("SELECT transaction_id FROM ledger_entry WHERE reference = ? AND kind = 'credit'",
                confirmedTask);
        assertThat(staff(toPool(closed)).accepted()).isTrue();
        Actor ownCard = ServerParts.cardOf(closed);
        Actor membersCard = ServerParts.cardOf(member);
        Snapshot.Slot escort = slot("medical-escort");

        List<Verdict> refused = List.of(
                send(new HoursRedeemed(closed, 10, UUID.randomUUID()), ownCard),
                staff(new HoursRedeemed(closed, 10, UUID.randomUUID())),
                send(new HoursTransferred(member, closed, 10), membersCard),
                staff(new HoursTransferred(closed, member, 10)),
                send(book(UUID.randomUUID(), closed, escort), membersCard),
                send(book(UUID.randomUUID(), member, escort), ownCard),
                staff(new BookingCancelled(UUID.randomUUID(), closed, "for them")),
                send(new VolunteerCheckedIn(closed, task), ownCard),
                staff(new VolunteerCheckedOut(closed, task, 30)),
                staff(new ServiceConfirmed(UUID.randomUUID(), closed, 30, "staff-1", "after closing")),
                staff(new VolunteerRated(confirmedTask, closed, 5, "")),
                staff(new VolunteerNoShow(UUID.randomUUID(), closed, "")),
                staff(new FamilyLinked(member, closed)),
                staff(new ResidentProfileSet(closed, "zh-CN", "", "", "", "profile-2026-12")),
                staff(new CardReplaced(closed, "5e".repeat(32), "lost")),
                staff(new ServiceRated(UUID.randomUUID(), closed, 5)),
                staff(ServerParts.enrolment(closed)),
                staff(new TransactionReversed(UUID.fromString(credit), "their credit, after the closing")));

        assertThat(refused).extracting(Verdict::reason).containsOnly(BusinessRules.ACCOUNT_CLOSED);
        assertThat(server.balance(account(closed))).isZero();
        assertThat(server.balance(account(member))).isEqualTo(121);
        assertThat(server.ledgerSum()).isZero();
        assertThat(send(new HoursRedeemed(member, 10, UUID.randomUUID()), membersCard).accepted())
                .as("the family member's own account works as before").isTrue();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aClosedResidentsCardMayBeEnrolledAgainAsANewAccountAndTheOldOneKeepsItsHistory(Stores store)
            throws Exception {
        start(store);
        UUID before = UUID.randomUUID();
        server.enrolResident(record, kiosk, before);
        credit(before, 40);
        ResidentEnrolled first = ServerParts.enrolment(before);
        UUID movedBack = UUID.randomUUID();
        ResidentEnrolled again = new ResidentEnrolled(movedBack, first.cardNumberHash(), first.idNumberHash(),
                first.displayName());

        Verdict whileOpen = staff(again);
        assertThat(staff(toPool(before)).accepted()).isTrue();
        Verdict afterClosing = staff(again);
        credit(movedBack, 20);
        server.snapshotAtKioskTime(kiosk, 0); // the kiosk is online: the offline policy has its snapshot
        Verdict newAccountBooks = send(new HoursRedeemed(movedBack, 10, UUID.randomUUID()),
                ServerParts.cardOf(before));

        assertThat(whileOpen.reason()).isEqualTo(BusinessRules.CARD_ALREADY_BOUND);
        assertThat(afterClosing.accepted()).isTrue();
        assertThat(newAccountBooks.accepted()).as("the card acts for the new account").isTrue();
        assertThat(server.balance(account(movedBack))).as("a new account starts at 0").isEqualTo(10);
        assertThat(server.balance(account(before))).as("the closed one stays at 0").isZero();
        List<Snapshot.Resident> rows = server.snapshotAtKioskTime(kiosk, 0).residents();
        assertThat(rows).filteredOn(row -> row.cardHash().equals(first.cardNumberHash()))
                .singleElement().satisfies(row -> {
                    assertThat(row.residentId()).isEqualTo(movedBack.toString());
                    assertThat(row.closedAt()).isNull();
                });
        assertThat(rows).filteredOn(row -> row.residentId().equals(before.toString())).singleElement()
                .satisfies(row -> {
                    assertThat(row.closedAt()).isNotNull();
                    assertThat(row.cardHash()).as("a pseudonym no card has").hasSize(64)
                            .isNotEqualTo(first.cardNumberHash());
                });
        assertThat(text("SELECT closed_card_hash FROM resident WHERE resident_id = ?", before))
                .isEqualTo(first.cardNumberHash());
    }

    private String bookingStatus(UUID booking) throws Exception {
        return text("SELECT status FROM booking WHERE booking_id = ?", booking);
    }

    /** The text in the first column of the first row {@code sql} selects for {@code id}. */
    private String text(String sql, UUID id) throws Exception {
        return server.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement(sql)) {
                query.setString(1, id.toString());
                try (var row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private List<Long> closureMinutes() throws Exception {
        return server.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT minutes FROM ledger_entry WHERE kind = 'closure' AND leg = 2 ORDER BY posting_id")) {
                List<Long> minutes = new java.util.ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        minutes.add(rows.getLong(1));
                    }
                }
                return minutes;
            }
        });
    }
}

package org.huzhu.kiosk.desk;

import org.huzhu.kiosk.community.Refusal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.residents.CardKind;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;

/**
 * Enrols a resident with their social-security card: one {@code resident.enrolled} signed on the staff card, and in the
 * same journal transaction the resident and their card here (so the card signs in on this machine at once) and their
 * consent. Only the card pseudonym travels; as everywhere so far it is both the card hash and the ID hash (ADR 0007).
 * Blocking: worker threads only. Thread-safe.
 */
public final class Enrolment {

    private final Residents residents;
    private final CounterRecorder recorder;
    private final Clock clock;

    public Enrolment(Residents residents, CounterRecorder recorder, Clock clock) {
        this.residents = residents;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Whom {@code cardKey} is bound to here already, if anyone: a duplicate, caught before anything is signed. A closed
     * account's card is no duplicate: it may be enrolled again as a new account.
     */
    public Optional<Resident> enrolledWith(String cardKey) throws StorageException {
        return residents.bindingOf(cardKey).filter(binding -> !binding.closed()).map(Residents.Binding::resident);
    }

    /**
     * Enrols the holder of {@code card} as a new resident who prefers {@code language}, can be reached at
     * {@code contact} and gave {@code consent}: a {@code resident.enrolled} and, in the same journal transaction, the
     * {@code resident.profile-set} that tells the server the rest (ADR 0014: the contact is not kept here).
     *
     * @return the new resident
     * @throws Refusal nothing recorded: {@code DUPLICATE_CARD} if the card is bound by the time it is recorded,
     *     {@code STAFF_CARD_GONE} if the staff card did not sign, {@code NOT_RECORDED} if the journal failed
     */
    public Resident enrol(StaffSession staff, CardHolder card, Language language, Contact contact, Consent consent)
            throws Refusal {
        if (contact.problem().isPresent()) {
            throw new IllegalArgumentException("the contact must be put right first: " + contact.problem().get());
        }
        Resident resident = new Resident(UUID.randomUUID(), card.displayName(), language);
        String key = card.cardKey();
        BusinessChange bindCard = residents.enrolment(resident, CardKind.SOCIAL_SECURITY, key);
        BusinessChange local = (connection, sequence) -> {
            bindCard.apply(connection, sequence);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO resident_consent (resident_id, consent, given_at, staff_key, sequence)
                    VALUES (?, ?, ?, ?, ?)""")) {
                insert.setString(1, resident.id().toString());
                insert.setString(2, consent.version());
                insert.setString(3, clock.instant().toString());
                insert.setString(4, staff.keyFingerprint());
                insert.setLong(5, sequence);
                insert.executeUpdate();
            }
        };
        ResidentProfileSet profile = new ResidentProfileSet(resident.id(), language.tag(), contact.phone(),
                contact.emergencyName(), contact.emergencyPhone(), consent.version());
        recorder.record(staff, List.of(
                new Journal.Step(new ResidentEnrolled(resident.id(), key, key, card.displayName()), local),
                new Journal.Step(profile, BusinessChange.NONE)));
        return resident;
    }
}

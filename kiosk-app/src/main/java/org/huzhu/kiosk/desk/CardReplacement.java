package org.huzhu.kiosk.desk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.CardReplaced;

/**
 * Binds a resident's new social-security card in place of a lost, damaged or stolen one (ADR 0007): a reissued card
 * carries the same ID number, so its pseudonym is the resident's already; the {@code card.replaced} signed on the
 * staff card pins the binding to the new card's number, here at once and at the kiosks with their next snapshot, so
 * the old card then says "this card was replaced". The balance and history stay: they belong to the resident, not
 * the card. Blocking: worker threads only. Thread-safe.
 */
public final class CardReplacement {

    /** Why the card is replaced, as the transaction records it for the monthly review. */
    public enum Why {
        LOST("lost"),
        DAMAGED("damaged"),
        STOLEN("stolen");

        private final String code;

        Why(String code) {
            this.code = code;
        }

        /** The reason as recorded, and the suffix of its words ({@code counter.replace.why.<code>}). */
        public String code() {
            return code;
        }
    }

    private final Residents residents;
    private final CounterRecorder recorder;

    public CardReplacement(Residents residents, CounterRecorder recorder) {
        this.residents = residents;
        this.recorder = recorder;
    }

    /**
     * @throws Refusal nothing recorded: {@code NOT_THEIR_CARD} (the card carries another ID number, or is bound to
     *     nobody), {@code CARD_ALREADY_CURRENT} (it is the card the binding accepts now), {@code STAFF_CARD_GONE} or
     *     {@code NOT_RECORDED}
     */
    public void replace(StaffSession staff, UUID resident, CardHolder newCard, Why why) throws Refusal {
        Residents.Binding binding = current(resident, newCard);
        if (binding.cardSerial().filter(newCard.cardSerial()::equals).isPresent()) {
            throw new Refusal(Refusal.Reason.CARD_ALREADY_CURRENT, "that card is the one in use");
        }
        // The binding may move between the check above and the journal's transaction (a snapshot arriving).
        BusinessChange pin = residents.cardReplacement(resident, newCard.cardKey(), newCard.cardSerial(),
                () -> new RefusedChange(Refusal.Reason.NOT_THEIR_CARD, "the card is no longer bound to " + resident));
        recorder.record(staff, List.of(new Journal.Step(new CardReplaced(resident, newCard.cardSerial(), why.code()),
                pin)));
    }

    private Residents.Binding current(UUID resident, CardHolder newCard) throws Refusal {
        Optional<Residents.Binding> binding;
        try {
            binding = residents.bindingOf(newCard.cardKey());
        } catch (StorageException e) {
            throw new Refusal(Refusal.Reason.NOT_RECORDED, e.getMessage(), e);
        }
        if (binding.isEmpty() || !binding.get().resident().id().equals(resident)) {
            throw new Refusal(Refusal.Reason.NOT_THEIR_CARD, "the card is not bound to " + resident);
        }
        return binding.get();
    }
}

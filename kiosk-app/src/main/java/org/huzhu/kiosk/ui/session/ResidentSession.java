package org.huzhu.kiosk.ui.session;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.printing.StationPrinter;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.protocol.Actor;

/**
 * Everything a signed-in screen needs: who is signed in (and who signs their actions), the community services, the
 * texts, the kiosk's clock and time zone, and the way to other screens. The signer changes once at most: a resident
 * who signed in by face or code and then taps their own card (because giving many minutes away needs it, docs/protocol.md
 * §8.1) signs what follows with the card. Screens ask {@link #actor()} when they record, never keep it.
 */
public final class ResidentSession {

    private final Resident resident;
    private final Community community;
    private final UiText text;
    private final Clock clock;
    private final ZoneId zone;
    private final Navigator navigator;
    private final StationPrinter printer;
    private volatile Actor actor;

    public ResidentSession(Resident resident, Actor actor, Community community, UiText text, Clock clock, ZoneId zone,
            Navigator navigator, StationPrinter printer) {
        this.resident = Objects.requireNonNull(resident);
        this.actor = Objects.requireNonNull(actor);
        this.community = Objects.requireNonNull(community);
        this.text = Objects.requireNonNull(text);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.navigator = Objects.requireNonNull(navigator);
        this.printer = Objects.requireNonNull(printer);
    }

    /**
     * The resident's own card was tapped during a face or code sign-in: from now on their actions are signed as the
     * card's. Nothing changes for a session that signed in by card.
     *
     * @return whether the signer changed
     */
    public boolean cardConfirmed(Actor card) {
        if (!actor.method().weak() || card.method().weak()) {
            return false;
        }
        actor = card;
        return true;
    }

    public Resident resident() {
        return resident;
    }

    /** Who signs what the resident confirms now. */
    public Actor actor() {
        return actor;
    }

    public Community community() {
        return community;
    }

    public UiText text() {
        return text;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The receipt printer (it may have none): screens print through {@code ui.receipt.ReceiptPrintout}. */
    public StationPrinter printer() {
        return printer;
    }
}

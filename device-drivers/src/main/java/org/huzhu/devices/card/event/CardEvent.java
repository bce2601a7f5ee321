package org.huzhu.devices.card.event;

import java.util.Optional;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.profile.IdentificationResult.UnsupportedReason;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * Everything the reader service reports. Immutable values; they arrive on device threads, never the FX thread
 * (ADR 0003), and the UI hands them over with {@code FxThread}.
 *
 * <p>Per reader the order is: {@link ReaderAttached}, then for each card {@link CardPresented} followed by exactly one
 * outcome ({@link IdentityRead}, {@link CardUnsupported} or {@link CardRemovedTooEarly}) and later {@link CardRemoved},
 * and finally {@link ReaderDetached}. {@link NoReaderConnected} and {@link PcscServiceMissing} concern all readers.
 */
public sealed interface CardEvent {

    /** The reader this event is about; empty for {@link NoReaderConnected} and {@link PcscServiceMissing}. */
    default Optional<String> reader() {
        return switch (this) {
            case ReaderAttached e -> Optional.of(e.readerName());
            case ReaderDetached e -> Optional.of(e.readerName());
            case CardPresented e -> Optional.of(e.readerName());
            case IdentityRead e -> Optional.of(e.readerName());
            case CardUnsupported e -> Optional.of(e.readerName());
            case CardRemovedTooEarly e -> Optional.of(e.readerName());
            case CardRemoved e -> Optional.of(e.readerName());
            case NoReaderConnected e -> Optional.empty();
            case PcscServiceMissing e -> Optional.empty();
        };
    }

    /** Whether this event ends a card's read: identity, unsupported, or removed too early. */
    default boolean isReadOutcome() {
        return this instanceof IdentityRead || this instanceof CardUnsupported || this instanceof CardRemovedTooEarly;
    }

    /** A reader that matches the configured hint appeared (at start, after plugging in, after pcscd came back). */
    record ReaderAttached(String readerName) implements CardEvent {
    }

    /** A reader disappeared (unplugged, or pcscd stopped). */
    record ReaderDetached(String readerName) implements CardEvent {
    }

    /**
     * PC/SC reported a card in the reader; reading starts now.
     *
     * @param detectedAtNanos {@link System#nanoTime()} when the monitor saw the card, for latency measurements
     */
    record CardPresented(String readerName, long detectedAtNanos) implements CardEvent {
    }

    /** The card was read and identified. */
    record IdentityRead(String readerName, CardIdentity identity) implements CardEvent {
    }

    /**
     * The card answered, but it is none of the kinds the kiosk knows, or its data is broken.
     *
     * @param problem what was wrong with the data, when the card had a known application
     */
    record CardUnsupported(String readerName, UnsupportedReason reason, Optional<CardDataException.Problem> problem)
            implements CardEvent {
    }

    /**
     * The read did not finish: the card left too early or the exchange failed. The resident is asked to tap again.
     *
     * @param cause which failure ended the read
     */
    record CardRemovedTooEarly(String readerName, CardIOException.Reason cause) implements CardEvent {
    }

    /** The card left the reader (after its outcome was reported). */
    record CardRemoved(String readerName) implements CardEvent {
    }

    /**
     * No usable reader is connected (none at all, or none whose name contains the hint). Reported once per
     * transition; the service keeps looking and reports {@link ReaderAttached} when one appears.
     */
    record NoReaderConnected(Optional<String> readerHint) implements CardEvent {
    }

    /** The PC/SC service (pcscd) is not running or went away. The service retries on its own. */
    record PcscServiceMissing() implements CardEvent {
    }
}

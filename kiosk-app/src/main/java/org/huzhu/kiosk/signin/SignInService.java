package org.huzhu.kiosk.signin;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.profile.CardIdentifier;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.staff.StaffSignIn;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns card events into sign-in outcomes: reads the card through the reader service, finds the resident the card is
 * bound to, and reports one {@link SignInOutcome} per event to a single consumer (the UI, which hands it to the FX
 * thread). Runs on the reader service's threads; the resident lookup is a short database read there. A staff card
 * is reported when tapped and again when it leaves its reader, so the UI can sign its holder out at once; the PIN goes
 * to the card through {@link #staffSignIn()}.
 */
public final class SignInService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final Residents residents;
    private final IdNumberHasher hasher;
    private final ReaderService readers;
    private final StaffSignIn staffSignIn;
    /** Readers holding a staff card that was reported tapped and not yet reported removed. */
    private final Set<String> readersWithStaffCard = ConcurrentHashMap.newKeySet();
    /** Readers reported attached and not yet detached: a counter needs two (ADR 0013). */
    private final Set<String> attachedReaders = ConcurrentHashMap.newKeySet();
    private volatile Consumer<SignInOutcome> consumer = outcome -> { };

    private SignInService(ReaderBackend backend, Optional<String> readerHint, IdNumberHasher hasher,
            Residents residents) {
        this.residents = residents;
        this.hasher = hasher;
        CardIdentifier identifier = CardIdentifier.standard(SsseLayout.standard(), hasher);
        this.readers = ReaderService.start(backend, new ReaderSettings(readerHint, identifier), this::onCardEvent);
        this.staffSignIn = new StaffSignIn(readers);
    }

    /**
     * Starts watching the readers of {@code backend}.
     *
     * @param cardSecret the deployment's secret for card pseudonyms (the HMAC key), at least 16 bytes
     */
    public static SignInService start(ReaderBackend backend, Optional<String> readerHint, byte[] cardSecret,
            Residents residents) {
        return new SignInService(backend, readerHint, new IdNumberHasher(cardSecret), residents);
    }

    /** Where outcomes go from now on; one consumer at a time (the kiosk has one screen). */
    public void onOutcome(Consumer<SignInOutcome> newConsumer) {
        this.consumer = Objects.requireNonNull(newConsumer);
    }

    /** Signs in the holder of a staff card this service reported tapped, with their PIN. */
    public StaffSignIn staffSignIn() {
        return staffSignIn;
    }

    /** The pseudonym a contactless card is bound by: the same keyed hash as ID numbers, in its own name space. */
    private String contactlessKey(String uid) {
        return hasher.hmacHex(("uid:" + uid).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a reader is usable right now, for the first screen; afterwards outcomes report every change. */
    public boolean anyReaderAvailable() {
        return readers.serviceAvailable() && !readers.readers().isEmpty();
    }

    /**
     * How many readers are usable now: a counter's staff card occupies one, so residents' cards need another. Up to
     * date when a {@link SignInOutcome.ReaderAvailability} or {@link SignInOutcome.StaffCardRemoved} arrives.
     */
    public int readerCount() {
        return attachedReaders.size();
    }

    @Override
    public void close() {
        readers.close();
    }

    private void onCardEvent(CardEvent event) {
        Optional<SignInOutcome> outcome = switch (event) {
            case CardEvent.CardPresented presented -> Optional.of(new SignInOutcome.Reading());
            case CardEvent.IdentityRead read -> Optional.of(identify(read));
            case CardEvent.CardUnsupported unsupported -> Optional.of(new SignInOutcome.Unsupported());
            case CardEvent.CardRemovedTooEarly early -> Optional.of(new SignInOutcome.TapAgain());
            case CardEvent.NoReaderConnected none -> noReader();
            case CardEvent.PcscServiceMissing missing -> noReader();
            case CardEvent.ReaderAttached attached -> {
                attachedReaders.add(attached.readerName());
                yield Optional.of(new SignInOutcome.ReaderAvailability(true));
            }
            // The service reports NoReaderConnected once the last reader has gone; one of several going only changes
            // the count (a counter says so), and if it held a staff card, that card has gone with it.
            case CardEvent.ReaderDetached detached -> readerGone(detached.readerName());
            case CardEvent.CardRemoved removed -> staffCardGone(removed.readerName());
        };
        outcome.ifPresent(o -> consumer.accept(o));
    }

    private SignInOutcome identify(CardEvent.IdentityRead read) {
        return switch (read.identity()) {
            case SocialSecurityIdentity card -> lookUp(card.idNumberHmac(), Optional.of(new CardHolder(
                    card.displayName(), card.idNumberHmac(), CardHolder.mask(card.cardNumber()),
                    hasher.hmacHex(("serial:" + card.cardNumber()).getBytes(StandardCharsets.UTF_8)))));
            case ContactlessIdentity tag when tag.randomPerTap() -> new SignInOutcome.Unsupported();
            case ContactlessIdentity tag -> lookUp(contactlessKey(tag.uid()), Optional.empty());
            case StaffCardIdentity staff -> {
                readersWithStaffCard.add(read.readerName());
                yield new SignInOutcome.StaffCardTapped(
                        new StaffCard(read.readerName(), staff.holderName(), staff.keyFingerprint()));
            }
        };
    }

    private Optional<SignInOutcome> readerGone(String readerName) {
        attachedReaders.remove(readerName);
        Optional<SignInOutcome> staffGone = staffCardGone(readerName);
        if (staffGone.isPresent()) {
            return staffGone;
        }
        return attachedReaders.isEmpty() ? Optional.empty() : Optional.of(new SignInOutcome.ReaderAvailability(true));
    }

    /** No reader works: any staff card the kiosk knew of is as good as gone. */
    private Optional<SignInOutcome> noReader() {
        attachedReaders.clear();
        for (String readerName : Set.copyOf(readersWithStaffCard)) {
            staffCardGone(readerName).ifPresent(consumer::accept);
        }
        return Optional.of(new SignInOutcome.ReaderAvailability(false));
    }

    private Optional<SignInOutcome> staffCardGone(String readerName) {
        return readersWithStaffCard.remove(readerName)
                ? Optional.of(new SignInOutcome.StaffCardRemoved(readerName)) : Optional.empty();
    }

    private SignInOutcome lookUp(String cardKey, Optional<CardHolder> holder) {
        try {
            Optional<Residents.Binding> binding = residents.bindingOf(cardKey);
            if (binding.isEmpty()) {
                return new SignInOutcome.NotRegistered(holder);
            }
            if (binding.get().closed()) {
                return new SignInOutcome.AccountClosed(binding.get().resident(), holder);
            }
            if (!binding.get().accepts(holder.map(CardHolder::cardSerial))) {
                return new SignInOutcome.CardReplaced(binding.get().resident(), holder);
            }
            return new SignInOutcome.SignedIn(binding.get().resident(), new Actor(cardKey, SignInMethod.CARD), holder);
        } catch (StorageException e) {
            LOG.error("Resident lookup failed: {}", e.getMessage(), e);
            return new SignInOutcome.SystemProblem();
        }
    }
}

package org.huzhu.devices.card.profile;

import java.util.List;
import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.profile.IdentificationResult.Identified;
import org.huzhu.devices.card.profile.IdentificationResult.Unsupported;
import org.huzhu.devices.card.profile.IdentificationResult.UnsupportedReason;
import org.huzhu.devices.card.tlv.CardDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the card profiles in order and reports the first that fits. Bad card data ends in a typed
 * {@link Unsupported} result; only I/O failures leave as exceptions. Immutable and thread-safe.
 */
public final class CardIdentifier {

    private static final Logger LOG = LoggerFactory.getLogger(CardIdentifier.class);

    private final List<CardProfile> profiles;

    public CardIdentifier(List<CardProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /**
     * Social-security card first (the common case), then the staff (PIV) card, then the bare UID, which any contactless
     * card has and so must come last.
     */
    public static CardIdentifier standard(SsseLayout layout, IdNumberHasher hasher) {
        return new CardIdentifier(List.of(
                new SocialSecurityProfile(layout, hasher), new PivStaffProfile(), new UidProfile()));
    }

    /** Blocking; call on the reader's thread with a channel to the card. */
    public IdentificationResult identify(ApduChannel channel) throws CardIOException {
        for (CardProfile profile : profiles) {
            try {
                Optional<CardIdentity> identity = profile.read(channel);
                if (identity.isPresent()) {
                    return new Identified(identity.get());
                }
            } catch (CardDataException e) {
                LOG.info("Card data does not fit {}: {}", profile.getClass().getSimpleName(), e.getMessage());
                return new Unsupported(UnsupportedReason.UNREADABLE_DATA, Optional.of(e.problem()));
            }
        }
        return new Unsupported(UnsupportedReason.NO_KNOWN_APPLICATION, Optional.empty());
    }
}

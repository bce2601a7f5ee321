package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannels;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.profile.IdentificationResult.Identified;
import org.huzhu.devices.card.profile.IdentificationResult.Unsupported;
import org.huzhu.devices.card.profile.IdentificationResult.UnsupportedReason;
import org.huzhu.devices.card.sim.CardApplication;
import org.huzhu.devices.card.sim.CardFile;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.SimulatedCard;
import org.huzhu.devices.card.sim.SimulatedCards;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.huzhu.devices.card.testsupport.TestCards;
import org.junit.jupiter.api.Test;

/** Whole cards (simulated) through the standard wrappers and all profiles. */
class CardIdentifierTest {

    private final CardIdentifier identifier = TestCards.identifier();

    @Test
    void identifiesEachKindOfCard() throws Exception {
        assertThat(identify(DemoCards.resident(DemoCards.LI_JIANGUO)))
                .isInstanceOfSatisfying(Identified.class, identified -> assertThat(identified.identity())
                        .isInstanceOfSatisfying(SocialSecurityIdentity.class,
                                id -> assertThat(id.maskedIdNumber()).endsWith("123X")));
        assertThat(identify(DemoCards.staff())).isEqualTo(new Identified(new StaffCardIdentity(DemoCards.STAFF_NAME,
                DemoCards.staffCertificate(), DemoCards.staffKeyFingerprint())));
        assertThat(identify(DemoCards.foreignCard()))
                .isEqualTo(new Unsupported(UnsupportedReason.NO_KNOWN_APPLICATION, Optional.empty()));
    }

    @Test
    void t0CardsAreReadThroughGetResponseAndLeRetries() throws Exception {
        SimulatedCard card = SimulatedCard.builder()
                .application(SimulatedCards.socialSecurityApplication(DemoCards.ZHANG_SAN, SsseLayout.standard()))
                .t0Style(true).build();

        assertThat(identify(card)).isInstanceOf(Identified.class);
    }

    @Test
    void brokenDataOnAKnownApplicationIsUnreadableNotAnException() throws Exception {
        CardApplication broken = new CardApplication(SsseLayout.standard().applicationName(),
                java.util.List.of(CardFile.of(0xEF05, 5, new byte[] {1, 1, 0}, new byte[] {2, 1, 0}, new byte[] {3, 1, 0},
                        new byte[] {4, 1, 0}, new byte[] {5, 1, 0}, new byte[] {6, 1, 0}, new byte[] {7, 9, 'A'})),
                null);

        assertThat(identify(SimulatedCard.builder().application(broken).build()))
                .isEqualTo(new Unsupported(UnsupportedReason.UNREADABLE_DATA, Optional.of(Problem.TRUNCATED)));
    }

    private IdentificationResult identify(SimulatedCard card) throws Exception {
        card.reset();
        return identifier.identify(ApduChannels.standard(card::process, "test"));
    }
}

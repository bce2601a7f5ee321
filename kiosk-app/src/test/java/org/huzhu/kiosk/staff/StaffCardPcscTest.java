package org.huzhu.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator;
import org.huzhu.devices.card.sim.vpcd.VpcdCardSimulator.Slot;
import org.huzhu.devices.card.testsupport.PcscDaemon;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcomes;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's staff sign-in through the real stack: pcscd, the vpcd driver, device-drivers' vpcd card simulator with
 * the demo PIV staff card, the PC/SC reader backend, the sign-in service and {@link StaffSignIn}.
 */
@Tag("pcsc")
class StaffCardPcscTest {

    private static final String READER = Slot.READER_0.readerName();
    private static final byte[] CARD_SECRET = "staff card pcsc test secret".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path data;

    private final VpcdCardSimulator slot = new VpcdCardSimulator(Slot.READER_0);
    private final SignInOutcomes outcomes = new SignInOutcomes();
    private Database database;
    private SignInService signIn;

    @BeforeAll
    static void pcscd() {
        PcscDaemon.ensureRunning();
    }

    @BeforeEach
    void start() throws Exception {
        PcscDaemon.awaitNoCard(READER);
        database = Database.open(data.resolve("kiosk.db"));
        signIn = SignInService.start(PcscReaderBackend.create(), Optional.of(READER), CARD_SECRET,
                new Residents(database, Clock.systemUTC()));
        signIn.onOutcome(outcomes);
        assertThat(outcomes.next(SignInOutcome.ReaderAvailability.class).available()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        slot.close();
        signIn.close();
        database.close();
    }

    @Test
    void theRightPinOpensASessionWhoseSignatureVerifiesWithTheCertificate() throws Exception {
        slot.insert(DemoCards.staff());
        StaffCard card = outcomes.next(SignInOutcome.StaffCardTapped.class).card();
        assertThat(card).isEqualTo(new StaffCard(READER, DemoCards.STAFF_NAME, DemoCards.staffKeyFingerprint()));

        StaffSignInResult result = signIn.staffSignIn().signIn(card, DemoCards.STAFF_PIN.toCharArray());

        StaffSession session = ((StaffSignInResult.SignedIn) result).session();
        byte[] action = "confirm 90 minutes of volunteering for 李建国".getBytes(StandardCharsets.UTF_8);
        byte[] signature = session.signDigest(MessageDigest.getInstance("SHA-256").digest(action))
                .get(10, TimeUnit.SECONDS);
        assertThat(StaffSignatures.verify(session.certificate(), action, signature)).isTrue();
        assertThat(session.certificate()).isEqualTo(DemoCards.staffCertificate());

        slot.remove();
        assertThat(outcomes.next(SignInOutcome.StaffCardRemoved.class).readerName()).isEqualTo(READER);
    }

    @Test
    void fiveWrongPinsBlockTheCard() throws Exception {
        slot.insert(DemoCards.staff());
        StaffCard card = outcomes.next(SignInOutcome.StaffCardTapped.class).card();

        for (int triesLeft = 4; triesLeft >= 1; triesLeft--) {
            assertThat(signIn.staffSignIn().signIn(card, "000000".toCharArray()))
                    .isEqualTo(new StaffSignInResult.WrongPin(triesLeft));
        }
        assertThat(signIn.staffSignIn().signIn(card, "000000".toCharArray()))
                .isEqualTo(new StaffSignInResult.Blocked());
        assertThat(signIn.staffSignIn().signIn(card, DemoCards.STAFF_PIN.toCharArray()))
                .as("the right PIN no longer helps").isEqualTo(new StaffSignInResult.Blocked());
    }
}

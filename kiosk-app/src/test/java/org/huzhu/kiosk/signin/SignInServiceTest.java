package org.huzhu.kiosk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.ui.TestKiosks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taps on the demo's simulated reader, through the real reader service, against residents in a real SQLite file. */
class SignInServiceTest {

    @TempDir
    Path data;

    private KioskRuntime kiosk;
    private DemoDevices devices;
    private final SignInOutcomes outcomes = new SignInOutcomes();

    @BeforeEach
    void start() throws Exception {
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        devices = kiosk.context().demoDevices().orElseThrow();
        kiosk.context().signIn().onOutcome(outcomes);
    }

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    @Test
    void registeredCardSignsItsResidentIn() throws Exception {
        devices.tap(DemoDevices.DemoCard.LI_JIANGUO);

        assertThat(next(SignInOutcome.Reading.class)).isNotNull();
        SignInOutcome.SignedIn signedIn = next(SignInOutcome.SignedIn.class);
        assertThat(signedIn.resident().displayName()).isEqualTo("李建国");
        assertThat(signedIn.resident().language()).isEqualTo(Language.EN);
    }

    @Test
    void unboundCardIsNotRegisteredAndSaysWhoHoldsItForEnrolment() throws Exception {
        devices.tap(DemoDevices.DemoCard.UNREGISTERED);

        CardHolder holder = next(SignInOutcome.NotRegistered.class).holder().orElseThrow();

        assertThat(holder.displayName()).isEqualTo("张三");
        assertThat(holder.maskedCardNumber()).isEqualTo("*****0003");
        assertThat(holder.cardKey()).as("the keyed hash of the ID number, never the number")
                .isEqualTo(new IdNumberHasher(devices.cardSecret()).hmacHex(
                        DemoCards.ZHANG_SAN.idNumber().getBytes(StandardCharsets.US_ASCII)))
                .doesNotContain(DemoCards.ZHANG_SAN.idNumber());
        assertThat(holder.toString()).doesNotContain("张三", DemoCards.ZHANG_SAN.cardNumber());
    }

    @Test
    void theCounterCountsItsReadersAsTheyComeAndGo() throws Exception {
        // The reader found at start may be reported before this test listens: wait for the count, not for a report.
        Await.until("the demo reader counted", () -> kiosk.context().signIn().readerCount() == 1);

        devices.backend().attachReader("Second reader");
        Await.until("the second reader counted", () -> kiosk.context().signIn().readerCount() == 2);

        devices.backend().detachReader("Second reader");
        Await.until("the second reader gone", () -> kiosk.context().signIn().readerCount() == 1);
        assertThat(kiosk.context().signIn().anyReaderAvailable()).as("one reader still works").isTrue();
    }

    @Test
    void foreignCardIsUnsupported() throws Exception {
        devices.tap(DemoDevices.DemoCard.FOREIGN);
        assertThat(next(SignInOutcome.Unsupported.class)).isNotNull();
    }

    @Test
    void cardPulledAwayDuringTheReadAsksToTapAgain() throws Exception {
        devices.tapTooBriefly();
        assertThat(next(SignInOutcome.TapAgain.class)).isNotNull();
    }

    @Test
    void readerUnpluggedAndBackIsReported() throws Exception {
        // The reader found at start may be reported before this test listens (SessionFlow asks for that reason), or
        // just after: wait until it is there, and skip its report if it comes.
        Await.until("the demo reader found", () -> kiosk.context().signIn().anyReaderAvailable());
        devices.backend().detachReader(DemoDevices.READER_NAME);
        awaitAvailability(false);

        devices.backend().attachReader(DemoDevices.READER_NAME);
        awaitAvailability(true);

        devices.tap(DemoDevices.DemoCard.WANG_XIUYING);
        assertThat(next(SignInOutcome.SignedIn.class).resident().displayName()).isEqualTo("王秀英");
    }

    @Test
    void seedingTwiceKeepsOneResidentPerCard() throws Exception {
        kiosk.close();
        kiosk = TestKiosks.demo(data, KioskConfig.DEFAULTS);
        kiosk.context().signIn().onOutcome(outcomes);
        kiosk.context().demoDevices().orElseThrow().tap(DemoDevices.DemoCard.WANG_XIUYING);

        assertThat(next(SignInOutcome.SignedIn.class).resident().displayName()).isEqualTo("王秀英");
    }

    /** The next report that says {@code available}; each wait is bounded by {@link SignInOutcomes#next}. */
    private void awaitAvailability(boolean available) throws InterruptedException {
        while (next(SignInOutcome.ReaderAvailability.class).available() != available) {
            // an earlier report, overtaken by what the test did since
        }
    }

    private <T extends SignInOutcome> T next(Class<T> type) throws InterruptedException {
        return outcomes.next(type);
    }
}

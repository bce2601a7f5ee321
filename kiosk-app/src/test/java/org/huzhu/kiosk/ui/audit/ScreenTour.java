package org.huzhu.kiosk.ui.audit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.config.OpeningHours;
import org.huzhu.kiosk.config.ServingConfig;
import org.huzhu.kiosk.ui.TestCommunity;
import org.huzhu.kiosk.ui.message.MessageController;
import org.huzhu.kiosk.ui.message.MessageKind;

/**
 * Every screen of the kiosk, as named steps that each drive a freshly opened demo kiosk (Chinese, normal text size)
 * to one screen. The elder-friendly audit visits each in both languages and at both text sizes. <b>Add a step for
 * every new screen</b>: {@code step("booking-day", d -> { d.signIn(DemoCard.WANG_XIUYING); d.click("#book"); … })}.
 */
public final class ScreenTour {

    /** A screen to visit: its name, the settings its kiosk needs, and how to get there from the attract screen. */
    public record Step(String name, KioskConfig config, Drive drive) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Drives a kiosk showing the attract screen to the step's screen, waiting until it is shown. */
    @FunctionalInterface
    public interface Drive {
        void to(TourDriver driver) throws Exception;
    }

    /** The idle question comes after 1 s, then waits long enough for four audits of it. */
    static final KioskConfig IDLE_AT_ONCE = KioskUnderTest.idleTimes(Duration.ofSeconds(1), Duration.ofSeconds(300));

    /** The demo kiosk's Monday 09:30 is outside these hours (and the phone shows): the closed screen, dimmed. */
    static final KioskConfig CLOSED_ON_MONDAY_MORNING = KioskConfig.DEFAULTS.withServing(ServingConfig.DEFAULTS
            .withCentrePhone("021-5555 0100").withOpeningHours(new OpeningHours(Map.of(DayOfWeek.MONDAY,
                    OpeningHours.parseDay("14:00-17:00")))));

    /** The receipt number of the first booking after the demo kiosk's seed (its journal sequence). */
    private static final String FIRST_BOOKING = "%05d".formatted(TestCommunity.DEMO_SEED_TRANSACTIONS + 1);

    private ScreenTour() {
    }

    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>(List.of(
                step("attract", d -> d.awaitShown("#welcome-primary")),
                step("camera", d -> {
                    d.click("#attract-camera");
                    d.awaitShown("#camera-on");
                }),
                step("attract-no-reader", d -> {
                    d.unplugReader();
                    d.awaitShown("#reader-banner");
                }),
                step("home", d -> d.signIn(DemoCard.WANG_XIUYING)),
                step("book-services", d -> {
                    d.signIn(DemoCard.WANG_XIUYING);
                    d.click("#choice-book");
                    d.awaitShown("#service-haircut");
                }),
                step("book-days", d -> toDays(d)),
                step("book-times", d -> {
                    toDays(d);
                    d.click(TOMORROW);
                    d.awaitShown("#slot-14-30");
                }),
                step("book-confirm", ScreenTour::toConfirm),
                step("receipt", ScreenTour::toReceipt),
                step("my-bookings", d -> {
                    toReceipt(d);
                    d.click("#receipt-done");
                    d.click("#choice-bookings");
                    d.awaitShown("#cancel-" + FIRST_BOOKING);
                }),
                step("cancel-question", d -> {
                    toReceipt(d);
                    d.click("#nav-home");
                    d.click("#choice-bookings");
                    d.click("#cancel-" + FIRST_BOOKING);
                    d.awaitShown("#cancel-yes");
                }),
                step("resting-out-of-order", d -> {
                    d.leaveNoWayToSignIn();
                    d.awaitShown("#resting-title");
                }),
                new Step("resting-closed", CLOSED_ON_MONDAY_MORNING, d -> d.awaitShown("#resting-title")),
                new Step("idle-prompt", IDLE_AT_ONCE, d -> {
                    d.signIn(DemoCard.WANG_XIUYING);
                    d.awaitShown("#idle-prompt");
                }),
                step("timebank-with-aid", ScreenTour::toTimeBankWithAid), // issue 13 part 6
                step("my-aid", d -> {
                    toTimeBankWithAid(d);
                    d.click("#timebank-aid");
                    d.awaitShown("#aid-0-0");
                }),
                step("staff-pin", TourDriver::tapStaffCard),
                step("staff-pin-last-try", d -> wrongPins(d, 4)),
                step("staff-pin-blocked", d -> wrongPins(d, 5)),
                step("staff-home", d -> {
                    d.tapStaffCard();
                    d.enterPin(DemoCards.STAFF_PIN);
                    d.awaitShown("#staff-sign-out");
                })));
        for (MessageKind kind : MessageKind.values()) {
            steps.add(step("message-" + kind.name().toLowerCase(java.util.Locale.ROOT), d -> {
                d.show(() -> new MessageController(kind, d.shell().text(), () -> { }));
                d.awaitShown("#message-title");
            }));
        }
        return steps;
    }

    /** The first day the demo catalogue offers: the day after the test kiosks' Monday 23 November 2026. */
    private static final String TOMORROW = "#day-2026-11-24";

    /** The PIN screen after {@code count} wrong PINs, once the card's last answer is shown. */
    private static void wrongPins(TourDriver d, int count) throws Exception {
        d.tapStaffCard();
        for (int i = 0; i < count; i++) {
            d.enterPin("654321");
            d.awaitShown("#pin-problem");
        }
    }

    /** 王秀英's time bank once the demo server's snapshot brought her aid order, so it offers "My aid". */
    private static void toTimeBankWithAid(TourDriver d) throws Exception {
        TestCommunity.awaitDemoSnapshot(d.kiosk().runtime());
        d.signIn(DemoCard.WANG_XIUYING);
        d.click("#choice-timebank");
        d.awaitShown("#timebank-aid");
    }

    private static void toDays(TourDriver d) throws Exception {
        d.signIn(DemoCard.WANG_XIUYING);
        d.click("#choice-book");
        d.click("#service-haircut");
        d.awaitShown(TOMORROW);
    }

    private static void toConfirm(TourDriver d) throws Exception {
        toDays(d);
        d.click(TOMORROW);
        d.click("#slot-14-30");
        d.awaitShown("#confirm-booking");
    }

    private static void toReceipt(TourDriver d) throws Exception {
        toConfirm(d);
        d.click("#confirm-booking");
        d.awaitShown("#receipt-number");
    }

    public static Step step(String name, Drive drive) {
        return new Step(name, KioskConfig.DEFAULTS, drive);
    }
}

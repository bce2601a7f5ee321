package org.huzhu.kiosk.staff;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.huzhu.devices.card.piv.PivPin;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.StaffPinResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a staff member in with the PIN of the staff card they tapped: the card checks the PIN and then signs for them
 * ({@link StaffSession}). The kiosk never keeps a PIN: the typed digits are handed to the reader service, which copies
 * them, and wiped here at once. Thread-safe.
 */
public final class StaffSignIn {

    /** A staff card's PIN has 6 to 8 digits (PIV). */
    public static final int MIN_PIN_DIGITS = PivPin.MIN_DIGITS;
    public static final int MAX_PIN_DIGITS = PivPin.MAX_DIGITS;

    private static final Logger LOG = LoggerFactory.getLogger(StaffSignIn.class);
    /** A card answers a PIN within a second; this bound only keeps a hung reader from holding the screen forever. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    private final ReaderService readers;

    public StaffSignIn(ReaderService readers) {
        this.readers = readers;
    }

    /**
     * Sends {@code pin} to the staff card {@code card} and waits for its answer. Blocks on the card (up to
     * {@link #ANSWER_WITHIN}): call it from a worker thread, never the FX thread.
     *
     * @param pin the typed digits, 6..8 of them; wiped (all {@code '\0'}) when this returns or throws
     * @throws IllegalArgumentException if {@code pin} is not 6..8 digits (the PIN pad allows nothing else)
     * @throws InterruptedException if the waiting thread is interrupted; the session, if the card opens one, is closed
     */
    public StaffSignInResult signIn(StaffCard card, char[] pin) throws InterruptedException {
        CompletableFuture<StaffPinResult> answer;
        try {
            answer = readers.openStaffSession(card.readerName(), card.keyFingerprint(), pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
        try {
            return translate(answer.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.warn("The staff card in {} did not answer the PIN within {}", card.readerName(), ANSWER_WITHIN);
            closeWhenItComes(answer);
            return new StaffSignInResult.TapAgain();
        } catch (InterruptedException e) {
            closeWhenItComes(answer);
            throw e;
        } catch (ExecutionException e) {
            LOG.error("Opening a staff session in {} failed", card.readerName(), e.getCause());
            return new StaffSignInResult.TapAgain();
        }
    }

    private static StaffSignInResult translate(StaffPinResult result) {
        return switch (result) {
            case StaffPinResult.Accepted accepted -> new StaffSignInResult.SignedIn(new StaffSession(accepted.session()));
            case StaffPinResult.WrongPin wrong -> new StaffSignInResult.WrongPin(wrong.triesLeft());
            case StaffPinResult.Blocked blocked -> new StaffSignInResult.Blocked();
            case StaffPinResult.NotTheSameCard other -> new StaffSignInResult.NotTheSameCard();
            case StaffPinResult.TapAgain again -> new StaffSignInResult.TapAgain();
            case StaffPinResult.ReaderUnavailable gone -> new StaffSignInResult.ReaderGone();
            case StaffPinResult.CardUnreadable unreadable -> {
                LOG.warn("A staff card answered what PIV does not allow: {}", unreadable.problem());
                yield new StaffSignInResult.CardUnreadable();
            }
        };
    }

    /** Nobody waits for this answer any more: a session it brings must not stay open with the PIN verified. */
    private static void closeWhenItComes(CompletableFuture<StaffPinResult> answer) {
        answer.thenAccept(result -> result.acceptedSession().ifPresent(session -> session.close()));
    }
}

package org.huzhu.kiosk.ui.counter.kit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.signin.SignInOutcome;

/**
 * Something a counter screen says, kept as its message key and arguments rather than as words, so it is worded
 * afresh in whatever language the screen switches to. Immutable.
 */
public record Sentence(String key, List<Object> arguments) {

    public Sentence {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    public static Sentence of(String key, Object... arguments) {
        return new Sentence(key, List.of(arguments));
    }

    /**
     * What went wrong with a counter action, and what to do next; a failure that is no refusal: "not recorded".
     * {@code arguments} fill the sentences that name someone (e.g. the resident); the others ignore them. A refusal
     * the counter has no words of its own for (one a kiosk raises, met at the counter) is said as the kiosk says it.
     */
    public static Sentence refusal(Exception failure, Object... arguments) {
        Refusal.Reason reason = failure instanceof Refusal refusal ? refusal.reason()
                : Refusal.Reason.NOT_RECORDED;
        String counterWords = "counter.refusal." + reason.key();
        return of(Messages.of(Language.ZH_CN).has(counterWords) ? counterWords : "refusal." + reason.key(), arguments);
    }

    /**
     * Why a resident's card tap came to nothing a screen can use: read too briefly, a card of no known kind, a card
     * that was replaced by a new one, a closed account's card, or the counter's own failure; empty for every other
     * outcome.
     */
    public static Optional<Sentence> cardProblem(SignInOutcome outcome) {
        return Optional.ofNullable(switch (outcome) {
            case SignInOutcome.TapAgain again -> of("counter.card.tapAgain");
            case SignInOutcome.Unsupported unsupported -> of("counter.card.unsupported");
            case SignInOutcome.CardReplaced replaced -> of("counter.card.replaced", replaced.resident().displayName());
            case SignInOutcome.AccountClosed closed -> of("counter.card.closed", closed.resident().displayName());
            case SignInOutcome.SystemProblem problem -> of("counter.card.systemProblem");
            default -> null;
        });
    }

    /** The words in {@code messages}' language; {@link Worded} arguments are worded in it too. */
    public String in(Messages messages) {
        return arguments.isEmpty() ? messages.text(key) : messages.format(key, arguments.stream()
                .map(argument -> argument instanceof Worded worded ? worded.in(messages) : argument).toArray());
    }

    /** An argument that has words of its own in each language: an amount of minutes, a service's name, a time. */
    @FunctionalInterface
    public interface Worded {
        String in(Messages messages);
    }
}

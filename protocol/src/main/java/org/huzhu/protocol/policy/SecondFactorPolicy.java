package org.huzhu.protocol.policy;

import java.util.Optional;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;

/**
 * When giving minutes away needs the resident's card (docs/protocol.md §8.1): a transfer of more than
 * {@code weakTransferLimitMinutes} authorised by a weak sign-in ({@link org.huzhu.protocol.SignInMethod#weak}: face or
 * resident code) is refused until the card is tapped, which makes the actor's method {@code card}. The same rule on
 * the kiosk, before it records, and on the server, which judges every transfer by it. A staff authorisation (staff
 * are with the resident) is not asked. Immutable, thread-safe, pure.
 *
 * @param weakTransferLimitMinutes the most one transfer may give after a face or code sign-in, in minutes
 */
public record SecondFactorPolicy(int weakTransferLimitMinutes) {

    public static final String SECOND_FACTOR_REQUIRED = "second-factor-required";
    public static final int DEFAULT_WEAK_TRANSFER_LIMIT_MINUTES = 60;
    public static final SecondFactorPolicy DEFAULT = new SecondFactorPolicy(DEFAULT_WEAK_TRANSFER_LIMIT_MINUTES);

    public SecondFactorPolicy {
        if (weakTransferLimitMinutes < 0) {
            throw new IllegalArgumentException("weakTransferLimitMinutes must not be negative");
        }
    }

    /**
     * @param staffAuthorised the transaction carries a staff authorisation that holds (the server) or a staff member
     *                        is signing it (the kiosk)
     * @return {@value #SECOND_FACTOR_REQUIRED} when the card is needed too, else empty
     */
    public Optional<String> refusal(Actor actor, Payload payload, boolean staffAuthorised) {
        if (staffAuthorised || !actor.method().weak()) {
            return Optional.empty();
        }
        if (payload instanceof HoursTransferred transfer && transfer.minutes() > weakTransferLimitMinutes) {
            return Optional.of(SECOND_FACTOR_REQUIRED);
        }
        return Optional.empty();
    }
}

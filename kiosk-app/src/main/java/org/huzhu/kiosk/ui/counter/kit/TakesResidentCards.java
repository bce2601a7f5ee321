package org.huzhu.kiosk.ui.counter.kit;

import org.huzhu.kiosk.signin.SignInOutcome;

/**
 * A counter screen that works with a resident's card (find, enrol, link family): while it is shown, the counter hands
 * it every resident card tapped on the residents' reader, on the FX thread. Staff cards and reader changes are the
 * counter's own business and never arrive here.
 */
public interface TakesResidentCards {

    /**
     * @param outcome {@link SignInOutcome.Reading}, {@link SignInOutcome.SignedIn} (a card bound to a resident),
     *                {@link SignInOutcome.NotRegistered}, {@link SignInOutcome.Unsupported},
     *                {@link SignInOutcome.TapAgain} or {@link SignInOutcome.SystemProblem}
     */
    void onResidentCard(SignInOutcome outcome);
}

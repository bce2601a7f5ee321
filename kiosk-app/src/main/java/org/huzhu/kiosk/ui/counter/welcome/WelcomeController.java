package org.huzhu.kiosk.ui.counter.welcome;

import java.util.Optional;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The counter before anyone signs in: put the staff card in its reader and leave it there. After a session it says
 * why it ended; when the staff card is still in its reader, its holder signs in again from here (the PIN again: the
 * card forgot it when the session ended).
 */
public final class WelcomeController implements Controller {

    private final WelcomeModel model = new WelcomeModel();
    private final WelcomeView view;
    private final Optional<Runnable> signInAgain;

    /**
     * @param howKey      how the station's readers are used (the counter's, or a hospital desk's words)
     * @param notice      why nobody is signed in, or what to do first
     * @param signInAgain present while a staff card lies in its reader without a session: asks for its PIN
     */
    public WelcomeController(UiText text, String howKey, Optional<Sentence> notice, Optional<Runnable> signInAgain) {
        this.signInAgain = signInAgain;
        this.view = new WelcomeView(model, text, howKey, this);
        model.notice.set(notice);
        model.cardStillIn.set(signInAgain.isPresent());
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Says {@code notice} instead of what was said (a resident tapped before anyone signed in). */
    public void tell(Sentence notice) {
        model.notice.set(Optional.of(notice));
    }

    void onSignInAgain() {
        signInAgain.ifPresent(Runnable::run);
    }
}

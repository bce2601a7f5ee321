package org.huzhu.kiosk.ui.message;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * A message after a tap that did not sign anyone in. Goes back by itself after a while, so the kiosk is ready for the
 * next person even if nobody presses OK.
 */
public final class MessageController implements Controller {

    /** Long enough to read twice at an elderly pace. */
    static final Duration SHOWN_FOR = Duration.seconds(15);

    private final MessageView view;
    private final Runnable done;
    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);

    public MessageController(MessageKind kind, UiText text, Runnable done) {
        this(kind.titleKey(), kind.bodyKey(), text, done);
    }

    /** A message whose words are under other keys, e.g. why a scanned code signed nobody in. */
    public MessageController(String titleKey, String bodyKey, UiText text, Runnable done) {
        this.done = done;
        this.view = new MessageView(titleKey, bodyKey, text, this);
        timeout.setOnFinished(event -> done.run());
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        timeout.playFromStart();
    }

    @Override
    public void deactivate() {
        timeout.stop();
    }

    void onOk() {
        done.run();
    }
}

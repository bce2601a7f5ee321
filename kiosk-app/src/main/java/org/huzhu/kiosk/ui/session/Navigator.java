package org.huzhu.kiosk.ui.session;

import org.huzhu.kiosk.ui.kit.Controller;

/** How a signed-in screen moves on: forward to a new screen, back one, home, or out. FX thread only. */
public interface Navigator {

    /** Shows {@code screen}; Back returns to the current one. */
    void open(Controller screen);

    /** Shows {@code screen} at the end of a task (a receipt): Back from it goes home, never into the finished task. */
    void finish(Controller screen);

    /** Shows the previous screen again (home when there is none). */
    void back();

    /** Shows the resident's home screen and forgets the way there. */
    void home();

    void signOut();
}

package org.huzhu.kiosk.ui.staff;

import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The signed-in staff member's screen: who is signed in with which card key, what they can do here, and Sign out.
 * Taking the card away signs out too; the session flow sees that, not this screen.
 */
public final class StaffHomeController implements Controller {

    private final StaffHomeModel model = new StaffHomeModel();
    private final StaffHomeView view;
    private final Runnable signOut;

    /** @param signOut ends the staff session (it closes the card session) */
    public StaffHomeController(UiText text, StaffSession session, Runnable signOut) {
        this.signOut = signOut;
        this.view = new StaffHomeView(model, text, this);
        model.holderName.set(session.holderName());
        model.shortFingerprint.set(session.shortFingerprint());
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onSignOut() {
        signOut.run();
    }
}

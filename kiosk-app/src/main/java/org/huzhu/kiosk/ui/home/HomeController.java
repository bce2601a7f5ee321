package org.huzhu.kiosk.ui.home;

import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/** The home screen of a signed-in resident. */
public final class HomeController implements Controller {

    private final HomeModel model = new HomeModel();
    private final HomeView view;
    private final Runnable signOut;

    public HomeController(UiText text, Resident resident, Runnable signOut) {
        this.signOut = signOut;
        this.view = new HomeView(model, text, this);
        model.residentName.set(resident.displayName());
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onSignOut() {
        signOut.run();
    }
}

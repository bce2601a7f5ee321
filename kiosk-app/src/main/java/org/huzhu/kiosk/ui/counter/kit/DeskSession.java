package org.huzhu.kiosk.ui.counter.kit;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.Desk;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.kit.UiText;

/**
 * What every counter screen works with while a staff member is signed in: their session (whose card signs what they
 * record), the counter's services, its questions to the server (empty while not enrolled), the window's texts, the
 * zone dates are shown in, and the way between screens.
 */
public record DeskSession(StaffSession staff, Desk desk, Optional<CounterClient> server, UiText text, ZoneId zone,
        DeskNavigator navigator) {

    public DeskSession {
        Objects.requireNonNull(staff);
        Objects.requireNonNull(desk);
        Objects.requireNonNull(server);
        Objects.requireNonNull(text);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(navigator);
    }
}

package org.huzhu.kiosk.ui.session;

import java.time.Clock;
import java.time.ZoneId;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.protocol.Actor;

/**
 * Everything a signed-in screen needs: who is signed in (and the card that signs their actions), the community
 * services, the texts, the kiosk's clock and time zone, and the way to other screens.
 */
public record ResidentSession(Resident resident, Actor actor, Community community, UiText text, Clock clock,
        ZoneId zone, Navigator navigator) {
}

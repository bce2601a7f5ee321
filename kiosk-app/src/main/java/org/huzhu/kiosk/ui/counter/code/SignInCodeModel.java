package org.huzhu.kiosk.ui.counter.code;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;

/** State of a resident's sign-in codes at the counter. FX thread only. */
final class SignInCodeModel {

    /** What the next code is for; printed unless staff choose a family member's phone. */
    final ObjectProperty<ResidentCodePurpose> purpose = new SimpleObjectProperty<>(ResidentCodePurpose.PRINTED);
    /** The resident's codes as the server lists them; empty while they are asked for. */
    final ObjectProperty<Optional<List<ResidentCodeState>>> codes = new SimpleObjectProperty<>(Optional.empty());
    /** The code staff asked to revoke, on the confirm step; empty otherwise. */
    final ObjectProperty<Optional<ResidentCodeState>> revoking = new SimpleObjectProperty<>(Optional.empty());
    /** Why it is revoked, once chosen. */
    final ObjectProperty<Optional<RevokeWhy>> why = new SimpleObjectProperty<>(Optional.empty());
    /** What was just done (a slip saved, a code revoked). */
    final ObjectProperty<Optional<Sentence>> notice = new SimpleObjectProperty<>(Optional.empty());
    /** Why something could not be done, in plain words. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while a code is issued and its slip saved, or a revocation sent. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}

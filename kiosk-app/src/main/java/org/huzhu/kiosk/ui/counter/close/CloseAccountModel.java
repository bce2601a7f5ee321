package org.huzhu.kiosk.ui.counter.close;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.desk.AccountClosing;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of closing a resident's account at the counter. */
final class CloseAccountModel {

    /** What closing will do, once read; empty while it is read. */
    final ObjectProperty<Optional<AccountClosing.Plan>> plan = new SimpleObjectProperty<>(Optional.empty());
    /** Why the account is closed; nothing is chosen for staff: they must say. */
    final ObjectProperty<Optional<AccountClosing.Why>> why = new SimpleObjectProperty<>(Optional.empty());
    /** Who receives a positive balance; empty: the centre's pool. */
    final ObjectProperty<Optional<FamilyMember>> heir = new SimpleObjectProperty<>(Optional.empty());
    /** True on the confirm step: what will happen, said once more, and "Close the account". */
    final BooleanProperty confirming = new SimpleBooleanProperty(false);
    /** Why the plan could not be read, or the closing was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** True while the closing is signed and recorded. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}

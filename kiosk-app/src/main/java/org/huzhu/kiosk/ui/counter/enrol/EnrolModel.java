package org.huzhu.kiosk.ui.counter.enrol;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/** State of an enrolment at the counter. */
final class EnrolModel {

    final ObjectProperty<EnrolStep> step = new SimpleObjectProperty<>(EnrolStep.READ_CARD);
    /** What the resident's card said, once read. */
    final ObjectProperty<Optional<CardHolder>> card = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ZH_CN);
    /** The phone and emergency contact as typed, each optional. */
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty emergencyName = new SimpleStringProperty("");
    final StringProperty emergencyPhone = new SimpleStringProperty("");
    /** The box "the resident agrees" is ticked: only then can the enrolment go on. */
    final BooleanProperty consent = new SimpleBooleanProperty(false);
    /** What is wrong with the last tap, or why the enrolment was not recorded. */
    final ObjectProperty<Optional<Sentence>> problem = new SimpleObjectProperty<>(Optional.empty());
    /** The resident a tapped card already belongs to (a duplicate), whose file staff may want to open. */
    final ObjectProperty<Optional<Resident>> alreadyEnrolled = new SimpleObjectProperty<>(Optional.empty());
    /** The new resident, once recorded. */
    final ObjectProperty<Optional<Resident>> enrolled = new SimpleObjectProperty<>(Optional.empty());
    /** True while the enrolment is being signed and recorded: a second confirm tap does nothing. */
    final BooleanProperty working = new SimpleBooleanProperty(false);
}

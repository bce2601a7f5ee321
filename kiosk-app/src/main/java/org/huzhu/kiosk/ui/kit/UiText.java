package org.huzhu.kiosk.ui.kit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;

/**
 * The current language and every visible text as a binding on it, so switching language updates each text in place
 * with no screen rebuilt. Views bind {@code label.textProperty()} to {@link #text}; they never set a literal string.
 * FX thread only.
 */
public final class UiText {

    private final ObjectProperty<Language> language;

    public UiText(Language initial) {
        this.language = new SimpleObjectProperty<>(initial);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language next) {
        language.set(next);
    }

    public Messages messages() {
        return Messages.of(language.get());
    }

    /** The text for {@code key} in the current language, following every switch. */
    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> messages().text(key), language);
    }

    /** The text for {@code key} in the language the toggle would switch to (for bilingual headings). */
    public StringBinding textInNextLanguage(String key) {
        return Bindings.createStringBinding(() -> Messages.of(language.get().next()).text(key), language);
    }
}

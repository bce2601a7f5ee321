package org.huzhu.kiosk.speech;

import java.util.Objects;
import org.huzhu.kiosk.i18n.Language;

/**
 * What to read aloud and how.
 *
 * @param text     the words; each line is read as a sentence of its own
 * @param language the language {@code text} is in (chooses the voice)
 * @param volume   how loud
 */
public record Utterance(String text, Language language, Volume volume) {

    public Utterance {
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
        Objects.requireNonNull(volume);
    }
}

package org.huzhu.devices.card.reader;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.devices.card.profile.CardIdentifier;

/**
 * How the reader service chooses readers and reads cards.
 *
 * @param readerHint if present, only readers whose name contains it (ignoring case) are used, e.g. "ACR122" to
 *     ignore a laptop's built-in reader; if absent, every reader is used and whichever gets a card is read
 * @param identifier the card profiles to try, in order
 */
public record ReaderSettings(Optional<String> readerHint, CardIdentifier identifier) {

    public ReaderSettings {
        Objects.requireNonNull(identifier, "identifier");
        readerHint = readerHint.map(String::strip).filter(hint -> !hint.isEmpty());
    }

    public static ReaderSettings anyReader(CardIdentifier identifier) {
        return new ReaderSettings(Optional.empty(), identifier);
    }

    public boolean accepts(String readerName) {
        return readerHint.map(hint -> readerName.toLowerCase(Locale.ROOT).contains(hint.toLowerCase(Locale.ROOT)))
                .orElse(true);
    }
}

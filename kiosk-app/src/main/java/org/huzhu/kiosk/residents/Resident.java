package org.huzhu.kiosk.residents;

import java.util.Objects;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;

/** A resident the kiosk knows: enough to greet them in their language. */
public record Resident(UUID id, String displayName, Language language) {

    public Resident {
        Objects.requireNonNull(id);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(language);
    }
}

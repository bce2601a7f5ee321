package org.huzhu.kiosk.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.sync.CertificatePin;

/**
 * How the kiosk syncs with its server (keys {@code sync.*} in {@code kiosk.properties}).
 *
 * @param serverUrl the server's address ({@code http://} or {@code https://}, no path); empty: the address the kiosk
 *                  enrolled with
 * @param serverPin for {@code https://}: trust exactly this server certificate instead of the certificate authorities
 * @param batchSize transactions per request, 1 to 500
 * @param interval  the wait between sync rounds while all is well
 */
public record SyncConfig(Optional<URI> serverUrl, Optional<CertificatePin> serverPin, int batchSize,
        Duration interval) {

    public static final SyncConfig DEFAULTS = new SyncConfig(Optional.empty(), Optional.empty(), 500,
            Duration.ofSeconds(30));

    public SyncConfig {
        Objects.requireNonNull(serverUrl);
        Objects.requireNonNull(serverPin);
        Objects.requireNonNull(interval);
    }

    @Override
    public String toString() {
        return "sync " + serverUrl.map(URI::toString).orElse("(enrolled server)")
                + serverPin.map(pin -> " pinned " + pin.sha256Hex().substring(0, 16) + "…").orElse("")
                + " batch " + batchSize + " every " + interval.toSeconds() + "s";
    }
}

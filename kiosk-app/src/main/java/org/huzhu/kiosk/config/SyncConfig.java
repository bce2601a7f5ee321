package org.huzhu.kiosk.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.sync.CertificatePin;
import org.huzhu.kiosk.sync.ServerAddresses;

/**
 * How the kiosk syncs with its server (keys {@code sync.*} in {@code kiosk.properties}).
 *
 * @param servers   the server's addresses ({@code http://} or {@code https://}, no path), one per node, tried in
 *                  order; empty: the address the kiosk enrolled with
 * @param serverPin for {@code https://}: trust exactly this server certificate instead of the certificate authorities
 *                  (every node's: the nodes of one server share its certificate)
 * @param batchSize transactions per request, 1 to 500
 * @param interval  the wait between sync rounds while all is well
 */
public record SyncConfig(Optional<ServerAddresses> servers, Optional<CertificatePin> serverPin, int batchSize,
        Duration interval) {

    public static final SyncConfig DEFAULTS = new SyncConfig(Optional.empty(), Optional.empty(), 500,
            Duration.ofSeconds(30));

    public SyncConfig {
        Objects.requireNonNull(servers);
        Objects.requireNonNull(serverPin);
        Objects.requireNonNull(interval);
    }

    @Override
    public String toString() {
        return "sync " + servers.map(ServerAddresses::toString).orElse("(enrolled server)")
                + serverPin.map(pin -> " pinned " + pin.sha256Hex().substring(0, 16) + "…").orElse("")
                + " batch " + batchSize + " every " + interval.toSeconds() + "s";
    }
}

package org.huzhu.server.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.server.kiosk.Heartbeats;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * {@code kiosks}: the fleet view (ADR 0022). One line per enrolled kiosk: id, status, when its last heartbeat came
 * (the server's clock), its health as it reported it (and the checks that are not ok), its unsynced transactions and
 * its version; an active kiosk not heard from for longer than {@code --silent-after-minutes} (default
 * {@value #DEFAULT_SILENT_MINUTES}: twice the kiosks' default heartbeat of 5 minutes), or never, is flagged SILENT, and
 * the command then exits 1 so a monitoring script notices.
 */
final class KiosksCommand {

    static final String USAGE = """
              kiosks      STORE [--silent-after-minutes 10]
                                                   each kiosk's last heartbeat: last seen, health, unsynced,
                                                   version; SILENT ones flagged (exit 1 if any)""";
    static final long DEFAULT_SILENT_MINUTES = 10;

    private final PrintStream out;
    private final Map<String, String> env;
    private final Clock clock;

    KiosksCommand(PrintStream out, Map<String, String> env, Clock clock) {
        this.out = out;
        this.env = env;
        this.clock = clock;
    }

    int run(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--silent-after-minutes"));
        Duration silentAfter = Duration.ofMinutes(args.number("--silent-after-minutes", DEFAULT_SILENT_MINUTES, 1,
                7 * 24 * 60));
        List<KioskRecord> kiosks;
        Map<String, Heartbeats.LastHeartbeat> heartbeats;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            record Fleet(List<KioskRecord> kiosks, Map<String, Heartbeats.LastHeartbeat> heartbeats) {
            }
            Fleet fleet = database.inTransaction(connection -> new Fleet(Kiosks.all(connection),
                    Heartbeats.all(connection)));
            kiosks = fleet.kiosks();
            heartbeats = fleet.heartbeats();
        }
        Instant now = clock.instant();
        int silent = 0;
        out.println("kiosks " + kiosks.size() + " (silent after " + silentAfter.toMinutes() + " min)");
        for (KioskRecord kiosk : kiosks) {
            Optional<Heartbeats.LastHeartbeat> last = Optional.ofNullable(heartbeats.get(kiosk.kioskId()));
            boolean isSilent = kiosk.active() && last.map(beat -> Duration.between(beat.receivedAt(), now)
                    .compareTo(silentAfter) > 0).orElse(true);
            if (isSilent) {
                silent++;
            }
            out.println(line(kiosk, last, now, isSilent));
        }
        if (silent > 0) {
            out.println(silent + " silent");
            return Cli.EXIT_CHECK_FAILED;
        }
        return Cli.EXIT_OK;
    }

    private static String line(KioskRecord kiosk, Optional<Heartbeats.LastHeartbeat> last, Instant now,
            boolean silent) {
        StringBuilder line = new StringBuilder("  ").append(kiosk.kioskId()).append(' ')
                .append(kiosk.active() ? "active" : "revoked");
        if (last.isEmpty()) {
            line.append(" last-seen never");
        } else {
            Heartbeat beat = last.get().heartbeat();
            line.append(" last-seen ").append(last.get().receivedAt()).append(" (").append(ago(last.get()
                    .receivedAt(), now)).append(") health ").append(beat.overall());
            List<String> notOk = beat.checks().stream().filter(check -> !check.state().equals("ok"))
                    .map(check -> check.name() + "=" + check.state()).toList();
            if (!notOk.isEmpty()) {
                line.append(" [").append(String.join(", ", notOk)).append(']');
            }
            line.append(" unsynced ").append(beat.unsynced()).append(" version ").append(beat.appVersion());
        }
        if (silent) {
            line.append(" SILENT");
        }
        return line.toString();
    }

    private static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.isNegative()) {
            return "just now";
        }
        if (age.toMinutes() < 120) {
            return age.toMinutes() + " min ago";
        }
        return age.toHours() < 48 ? age.toHours() + " h ago" : age.toDays() + " days ago";
    }
}

package org.huzhu.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the kiosk was started with.
 *
 * @param demo    simulated devices, separate demo data folder, a normal window
 * @param kiosk   full screen and locked down, whatever the configuration says
 * @param counter the staff counter instead of the residents' kiosk, whatever the configuration says; with
 *                {@code demo}, the counter window beside the demo kiosk's, on its embedded server (ADR 0013)
 * @param hospital a hospital's reception desk (ADR 0015), whatever the configuration says; with {@code demo}, the
 *                desk of the demo hospital beside the demo kiosk, on its embedded server
 * @param data    the data folder, overriding the environment and the per-user default
 * @param help    print usage and stop
 */
record LaunchOptions(boolean demo, boolean kiosk, boolean counter, boolean hospital, Optional<Path> data,
        boolean help) {

    static final String USAGE = """
            Usage: huzhu-kiosk [--demo] [--kiosk | --counter | --hospital] [--data DIR]
                   huzhu-kiosk journal verify|demo …   (huzhu-kiosk journal for details)
                   huzhu-kiosk cards list|read …       (card reader diagnostics; huzhu-kiosk cards for details)
                   huzhu-kiosk camera list|snap|qr …   (camera diagnostics; huzhu-kiosk camera for details)
                   huzhu-kiosk face check|compare …    (face engine diagnostics; huzhu-kiosk face for details)
                   huzhu-kiosk enrol|sync …            (delivery to the sync server; huzhu-kiosk sync for details)
                   huzhu-kiosk diagnostics --out F.zip (logs, settings without secrets, versions, journal check)
              --demo      demo mode: simulated devices, demo data folder, normal window
              --kiosk     kiosk mode: full screen, no window frame, no keyboard exit
              --counter   the staff counter (staff card and PIN; enrol residents, link family); with --demo, the
                          demo kiosk and the demo counter side by side, on one embedded server
              --hospital  a hospital's reception desk (staff card and PIN; the patient's aid orders, the
                          hospital's order); with --demo, the demo hospital's desk beside the demo kiosk
              --data DIR  data folder (default: $HUZHU_KIOSK_DATA, else ~/.local/share/huzhu-kiosk)
              --help      this text""";

    /** Thrown for arguments we do not understand; the message says which. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static LaunchOptions parse(String... args) throws UsageException {
        boolean demo = false;
        boolean kiosk = false;
        boolean counter = false;
        boolean hospital = false;
        boolean help = false;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--kiosk" -> kiosk = true;
                case "--counter" -> counter = true;
                case "--hospital" -> hospital = true;
                case "--help", "-h" -> help = true;
                case "--data" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new UsageException("--data needs a folder");
                    }
                    data = Path.of(args[++i]);
                }
                default -> throw new UsageException("unknown argument '" + args[i] + "'");
            }
        }
        if (kiosk && counter) {
            throw new UsageException("--kiosk and --counter do not go together: a counter is a normal window for "
                    + "staff");
        }
        if (hospital && (kiosk || counter)) {
            throw new UsageException("--hospital goes with neither --kiosk nor --counter: a hospital desk is a normal "
                    + "window for a hospital's staff");
        }
        return new LaunchOptions(demo, kiosk, counter, hospital, Optional.ofNullable(data), help);
    }
}

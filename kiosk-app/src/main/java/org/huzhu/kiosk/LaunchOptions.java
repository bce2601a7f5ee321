package org.huzhu.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the kiosk was started with.
 *
 * @param demo    simulated devices, separate demo data folder, a normal window
 * @param kiosk   full screen and locked down, whatever the configuration says
 * @param data    the data folder, overriding the environment and the per-user default
 * @param help    print usage and stop
 */
record LaunchOptions(boolean demo, boolean kiosk, Optional<Path> data, boolean help) {

    static final String USAGE = """
            Usage: huzhu-kiosk [--demo] [--kiosk] [--data DIR]
                   huzhu-kiosk journal verify|demo …   (huzhu-kiosk journal for details)
                   huzhu-kiosk cards list|read …       (card reader diagnostics; huzhu-kiosk cards for details)
                   huzhu-kiosk enrol|sync …            (delivery to the sync server; huzhu-kiosk sync for details)
              --demo      demo mode: simulated devices, demo data folder, normal window
              --kiosk     kiosk mode: full screen, no window frame, no keyboard exit
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
        boolean help = false;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--kiosk" -> kiosk = true;
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
        return new LaunchOptions(demo, kiosk, Optional.ofNullable(data), help);
    }
}

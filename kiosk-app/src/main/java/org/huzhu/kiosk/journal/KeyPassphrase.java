package org.huzhu.kiosk.journal;

import java.util.Map;
import java.util.Optional;

/**
 * Where the key store's passphrase comes from: the environment variable (preferred: it never touches the disk), else
 * the configuration file, else, in demo mode only, a fixed demo passphrase.
 */
public final class KeyPassphrase {

    public static final String ENV = "HUZHU_KIOSK_KEY_PASSPHRASE";
    /** Demo data is not secret; a fixed passphrase lets a newcomer start without any set-up. */
    static final String DEMO = "huzhu-demo-passphrase";

    private KeyPassphrase() {
    }

    public static Optional<char[]> resolve(Map<String, String> env, String configured, boolean demo) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        if (!configured.isEmpty()) {
            return Optional.of(configured.toCharArray());
        }
        return demo ? Optional.of(DEMO.toCharArray()) : Optional.empty();
    }
}

package org.huzhu.server.app;

import java.nio.file.Path;
import java.util.Objects;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.store.StoreTarget;

/**
 * Everything {@code serve} needs.
 *
 * @param host          address to listen on (127.0.0.1 by default: put a TLS reverse proxy in front for kiosks)
 * @param port          0 picks a free port (tests)
 * @param keyFile       the server's receipt key store (PKCS#12), created on first start
 * @param keySuite      suite of a newly created key; an existing key store keeps its own
 * @param maxBodyBytes  largest request body accepted, in bytes
 * @param community     the community whose ledger this server keeps; only its staff authorise anything here
 * @param secondFactor  how many minutes one transfer may give after a face or resident-code sign-in without the card
 */
public record ServerSettings(String host, int port, StoreTarget store, Path keyFile, char[] keyPassphrase,
        SignatureSuite keySuite, LedgerLimits limits, OfflinePolicy offlinePolicy, boolean demoCatalogue,
        long maxBodyBytes, String community, SecondFactorPolicy secondFactor) {

    /** 1 MiB: a full batch of 500 envelopes in base64 is about half of it. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** The community of a server that was not told another (one community per server until the scale issue). */
    public static final String DEFAULT_COMMUNITY = "default";

    /** Settings for the {@link #DEFAULT_COMMUNITY}. */
    public ServerSettings(String host, int port, StoreTarget store, Path keyFile, char[] keyPassphrase,
            SignatureSuite keySuite, LedgerLimits limits, OfflinePolicy offlinePolicy, boolean demoCatalogue,
            long maxBodyBytes) {
        this(host, port, store, keyFile, keyPassphrase, keySuite, limits, offlinePolicy, demoCatalogue, maxBodyBytes,
                DEFAULT_COMMUNITY);
    }

    /** Settings with the default second-factor limit. */
    public ServerSettings(String host, int port, StoreTarget store, Path keyFile, char[] keyPassphrase,
            SignatureSuite keySuite, LedgerLimits limits, OfflinePolicy offlinePolicy, boolean demoCatalogue,
            long maxBodyBytes, String community) {
        this(host, port, store, keyFile, keyPassphrase, keySuite, limits, offlinePolicy, demoCatalogue, maxBodyBytes,
                community, SecondFactorPolicy.DEFAULT);
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(keyPassphrase, "keyPassphrase");
        Objects.requireNonNull(keySuite, "keySuite");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(offlinePolicy, "offlinePolicy");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(secondFactor, "secondFactor");
    }
}

package org.huzhu.kiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.kiosk.community.Community;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.storage.StorageException;

/**
 * The kiosk's services for one run, opened in dependency order and closed in reverse: the journal (key store and
 * database), the residents, the card readers (real PC/SC, or the demo's simulated reader with seeded residents).
 */
public final class KioskRuntime implements AutoCloseable {

    public static final String DATABASE_FILE = "kiosk.db";
    /** The deployment's secret for card pseudonyms, base64; the same on every kiosk of a deployment. */
    public static final String CARD_SECRET_ENV = "HUZHU_CARD_SECRET";

    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_JOURNAL = 4;

    private final OpenJournal journal;
    private final SignInService signIn;
    private final KioskContext context;

    private KioskRuntime(OpenJournal journal, SignInService signIn, KioskContext context) {
        this.journal = journal;
        this.signIn = signIn;
        this.context = context;
    }

    public static KioskRuntime open(KioskConfig config, DataFolder dataFolder, boolean demo, Map<String, String> env,
            Clock clock) throws StartupException {
        char[] passphrase = KeyPassphrase.resolve(env, config.keyPassphrase(), demo).orElseThrow(() ->
                new StartupException(EXIT_CONFIG, "the kiosk key store needs a passphrase. Set the environment variable "
                        + KeyPassphrase.ENV + " (or key.passphrase in kiosk.properties).", null));
        Optional<DemoDevices> demoDevices = demo ? Optional.of(new DemoDevices()) : Optional.empty();
        byte[] cardSecret = demoDevices.map(DemoDevices::cardSecret).orElse(null);
        if (cardSecret == null) {
            cardSecret = cardSecret(env);
        }
        OpenJournal journal = openJournal(dataFolder.root().resolve(DATABASE_FILE), passphrase, config);
        try {
            Residents residents = new Residents(journal.database(), clock);
            if (demoDevices.isPresent()) {
                demoDevices.get().seed(residents);
            }
            ReaderBackend backend = demoDevices.<ReaderBackend>map(DemoDevices::backend)
                    .orElseGet(PcscReaderBackend::create);
            Optional<String> hint = config.readerHint().isEmpty() ? Optional.empty() : Optional.of(config.readerHint());
            SignInService signIn = SignInService.start(backend, hint, cardSecret, residents);
            Community community = Community.open(journal, clock, clock.getZone(), Community.DEFAULT_CANCEL_CUTOFF,
                    () -> { });
            return new KioskRuntime(journal, signIn, new KioskContext(config, clock, signIn, community, demoDevices));
        } catch (StorageException e) {
            closeQuietly(journal);
            throw new StartupException(EXIT_JOURNAL, e.getMessage(), e);
        }
    }

    public KioskContext context() {
        return context;
    }

    public OpenJournal journal() {
        return journal;
    }

    @Override
    public void close() throws StorageException {
        signIn.close();
        journal.close();
    }

    private static OpenJournal openJournal(Path file, char[] passphrase, KioskConfig config) throws StartupException {
        try {
            return OpenJournal.open(file, passphrase, config.signatureSuite(), Clock.systemUTC());
        } catch (StorageException | KeyStoreException | JournalException e) {
            throw new StartupException(EXIT_JOURNAL, e.getMessage(), e);
        }
    }

    private static byte[] cardSecret(Map<String, String> env) throws StartupException {
        String value = env.getOrDefault(CARD_SECRET_ENV, "");
        try {
            byte[] secret = Base64.getDecoder().decode(value.strip());
            if (secret.length >= IdNumberHasher.MIN_SECRET_BYTES) {
                return secret;
            }
        } catch (IllegalArgumentException e) {
            // reported below, without echoing the value: it is a secret
        }
        throw new StartupException(EXIT_CONFIG, "cards cannot be matched to residents without the deployment's card "
                + "secret. Set the environment variable " + CARD_SECRET_ENV + " to at least "
                + IdNumberHasher.MIN_SECRET_BYTES + " random bytes in base64 (e.g. `openssl rand -base64 32`), the "
                + "same on every kiosk of this deployment.", null);
    }

    private static void closeQuietly(OpenJournal journal) {
        try {
            journal.close();
        } catch (StorageException e) {
            org.slf4j.LoggerFactory.getLogger(KioskRuntime.class).warn("Closing after a failed start: {}", e.getMessage());
        }
    }
}

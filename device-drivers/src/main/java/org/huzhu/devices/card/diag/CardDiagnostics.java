package org.huzhu.devices.card.diag;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.pcsc.PcscReaderBackend;
import org.huzhu.devices.card.profile.CardIdentifier;
import org.huzhu.devices.card.profile.IdNumberHasher;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.reader.ReaderBackend;
import org.huzhu.devices.card.reader.ReaderService;
import org.huzhu.devices.card.reader.ReaderSettings;
import org.huzhu.devices.card.reader.ReaderStatus;
import org.huzhu.devices.card.reader.ServiceUnavailableException;
import org.huzhu.devices.diag.DiagnosticArguments;

/**
 * The installer's card commands, without the UI:
 *
 * <pre>
 *   cards list                                   readers and whether a card is in each
 *   cards read [--reader HINT] [--timeout SECS]  wait for a card, print what was read or why not
 * </pre>
 *
 * {@code args} may start with "cards" or directly with the sub-command. Exit codes: {@value #OK} read or listed,
 * {@value #CARD_PROBLEM} card unsupported or removed too early, {@value #USAGE} bad arguments,
 * {@value #SERVICE_MISSING} pcscd not running, {@value #NO_READER} no reader, {@value #TIMEOUT} no card in time.
 *
 * <p>The ID number is printed masked except its last four characters; its HMAC is never printed (a diagnostics run
 * uses a throw-away key, so the value would mean nothing anyway). Not thread-safe; one run at a time.
 */
public final class CardDiagnostics {

    public static final int OK = 0;
    public static final int CARD_PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int SERVICE_MISSING = 3;
    public static final int NO_READER = 4;
    public static final int TIMEOUT = 5;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final String USAGE_TEXT =
            "usage: cards list | cards read [--reader NAME-PART] [--timeout SECONDS]";

    private final Supplier<ReaderBackend> backends;

    /** Diagnostics on the machine's PC/SC readers. */
    public CardDiagnostics() {
        this(PcscReaderBackend::create);
    }

    /** Diagnostics on any backend (tests pass simulated readers). Each run takes and closes one backend. */
    public CardDiagnostics(Supplier<ReaderBackend> backends) {
        this.backends = backends;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = DiagnosticArguments.after("cards", args);
        if (rest.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String command = rest.removeFirst();
        return switch (command) {
            case "list" -> rest.isEmpty() ? list(out, err) : usage(err, "list takes no options");
            case "read" -> read(rest, out, err);
            default -> usage(err, "unknown command " + command);
        };
    }

    private int list(PrintStream out, PrintStream err) {
        try (ReaderBackend backend = backends.get()) {
            out.println("Card reader service: " + backend.description());
            List<ReaderStatus> readers = backend.readers();
            if (readers.isEmpty()) {
                err.println("No card reader connected.");
                return NO_READER;
            }
            for (ReaderStatus reader : readers) {
                out.println("  " + reader.name() + "  " + (reader.cardPresent() ? "card present" : "no card"));
            }
            return OK;
        } catch (ServiceUnavailableException e) {
            err.println("The PC/SC service (pcscd) is not running: " + e.getMessage());
            return SERVICE_MISSING;
        }
    }

    private int read(List<String> options, PrintStream out, PrintStream err) {
        Optional<String> hint = Optional.empty();
        Duration timeout = DEFAULT_TIMEOUT;
        for (int i = 0; i < options.size(); i += 2) {
            if (i + 1 >= options.size()) {
                return usage(err, options.get(i) + " needs a value");
            }
            String value = options.get(i + 1);
            switch (options.get(i)) {
                case "--reader" -> hint = Optional.of(value);
                case "--timeout" -> {
                    Optional<Duration> parsed = DiagnosticArguments.seconds(value, 3600);
                    if (parsed.isEmpty()) {
                        return usage(err, "--timeout needs a whole number of seconds from 1 to 3600");
                    }
                    timeout = parsed.get();
                }
                default -> {
                    return usage(err, "unknown option " + options.get(i));
                }
            }
        }
        return awaitCard(hint, timeout, out, err);
    }

    private int awaitCard(Optional<String> hint, Duration timeout, PrintStream out, PrintStream err) {
        BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        ReaderSettings settings = new ReaderSettings(hint, CardIdentifier.standard(SsseLayout.standard(),
                new IdNumberHasher(throwAwaySecret())));
        int onTimeout = TIMEOUT;
        ReaderService service = ReaderService.start(backends.get(), settings, events::add);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            out.println("Waiting up to " + timeout.toSeconds() + " s for a card...");
            while (true) {
                CardEvent event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    err.println(switch (onTimeout) {
                        case SERVICE_MISSING -> "The PC/SC service (pcscd) is not running.";
                        case NO_READER -> "No card reader connected" + hint.map(h -> " matching '" + h + "'").orElse("") + ".";
                        default -> "No card was presented within " + timeout.toSeconds() + " s.";
                    });
                    return onTimeout;
                }
                switch (event) {
                    case CardEvent.PcscServiceMissing missing -> onTimeout = SERVICE_MISSING;
                    case CardEvent.NoReaderConnected none -> onTimeout = NO_READER;
                    case CardEvent.ReaderAttached attached -> {
                        onTimeout = TIMEOUT;
                        out.println("Reader ready: " + attached.readerName());
                    }
                    case CardEvent.IdentityRead read -> {
                        IdentityPrinter.print(read, out);
                        return OK;
                    }
                    case CardEvent.CardUnsupported unsupported -> {
                        err.println("Card not supported on " + unsupported.readerName() + ": " + unsupported.reason()
                                + unsupported.problem().map(p -> " (" + p + ")").orElse(""));
                        return CARD_PROBLEM;
                    }
                    case CardEvent.CardRemovedTooEarly early -> {
                        err.println("Card removed too early on " + early.readerName() + " (" + early.cause()
                                + "): tap again.");
                        return CARD_PROBLEM;
                    }
                    default -> {
                        // Presence, removal and detach events only matter to the UI.
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TIMEOUT;
        } finally {
            service.close();
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static byte[] throwAwaySecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}

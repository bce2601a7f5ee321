package org.huzhu.devices.card.apdu;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every exchange at DEBUG: the command in hex, the response as length, status word and time.
 *
 * <p>What is never logged, because kiosk logs are kept for 30 days and read by installers: the data of commands that
 * carry secrets (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER: PINs and PUKs), and response data of any
 * command (names and ID numbers).
 *
 * <p>Not thread-safe; owned by the reader thread like the channel it wraps.
 */
public final class LoggingChannel implements ApduChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingChannel.class);
    private static final Set<Integer> SECRET_DATA_INSTRUCTIONS = Set.of(
            Commands.INS_VERIFY, Commands.INS_CHANGE_REFERENCE_DATA, Commands.INS_RESET_RETRY_COUNTER);

    private final ApduChannel inner;
    private final String readerName;

    public LoggingChannel(ApduChannel inner, String readerName) {
        this.inner = inner;
        this.readerName = readerName;
    }

    @Override
    public byte[] transmit(byte[] command) throws CardIOException {
        if (!LOG.isDebugEnabled()) {
            return inner.transmit(command);
        }
        String shown = describe(command);
        long start = System.nanoTime();
        try {
            byte[] response = inner.transmit(command);
            long micros = (System.nanoTime() - start) / 1_000;
            LOG.debug("[{}] >> {} << {} ({} µs)", readerName, shown, Response.parse(response), micros);
            return response;
        } catch (CardIOException e) {
            LOG.debug("[{}] >> {} failed: {}", readerName, shown, e.getMessage());
            throw e;
        }
    }

    /** The command as it may appear in a log: secrets replaced by their length. */
    static String describe(byte[] command) {
        if (command.length > 5 && SECRET_DATA_INSTRUCTIONS.contains(command[1] & 0xFF)) {
            return Hex.of(command, 0, 5) + " <" + (command[4] & 0xFF) + " secret bytes not logged>";
        }
        return Hex.of(command);
    }
}

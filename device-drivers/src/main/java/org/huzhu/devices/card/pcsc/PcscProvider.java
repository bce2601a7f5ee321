package org.huzhu.devices.card.pcsc;

import java.security.NoSuchAlgorithmException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.huzhu.devices.card.reader.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which {@code javax.smartcardio} implementation talks to pcscd, and how to get a fresh PC/SC context from it.
 *
 * <p>jnasmartcardio is preferred: every {@code TerminalFactory} it makes opens a new context, so the kiosk recovers
 * when pcscd restarts or starts late, and each reader thread can have a context of its own. The JDK's own provider is
 * the fallback if JNA cannot load: it keeps one context per JVM, so it never recovers from a pcscd restart (the kiosk
 * logs this at start).
 */
enum PcscProvider {

    JNASMARTCARDIO("PC/SC (jnasmartcardio)", true),
    JDK("PC/SC (JDK provider, no recovery from pcscd restarts)", false);

    private static final Logger LOG = LoggerFactory.getLogger(PcscProvider.class);
    private static final String TYPE = "PC/SC";

    private final String description;
    private final boolean freshContexts;

    PcscProvider(String description, boolean freshContexts) {
        this.description = description;
        this.freshContexts = freshContexts;
    }

    String description() {
        return description;
    }

    /** Whether {@link #newTerminals} gives a new context each time (else all callers share the JVM's one). */
    boolean freshContexts() {
        return freshContexts;
    }

    /** jnasmartcardio if its native binding loads, else the JDK's provider. */
    static PcscProvider choose() {
        try {
            TerminalFactory.getInstance(TYPE, null, new Smartcardio());
            return JNASMARTCARDIO;
        } catch (NoSuchAlgorithmException | LinkageError e) {
            // LinkageError: JNA's native library could not be loaded (wrong JNA, no libpcsclite). Specific to
            // class/native loading, so nothing else is hidden by catching it here.
            LOG.warn("jnasmartcardio unavailable ({}); using the JDK's PC/SC provider, which cannot recover from a"
                    + " pcscd restart", e.toString());
            return JDK;
        }
    }

    /** A {@code CardTerminals} on a new context (jnasmartcardio) or on the JVM's context (JDK). */
    CardTerminals newTerminals() throws ServiceUnavailableException {
        try {
            TerminalFactory factory = this == JNASMARTCARDIO
                    ? TerminalFactory.getInstance(TYPE, null, new Smartcardio())
                    : TerminalFactory.getInstance(TYPE, null);
            return factory.terminals();
        } catch (NoSuchAlgorithmException e) {
            throw new ServiceUnavailableException("no PC/SC library (libpcsclite) found", e);
        } catch (Smartcardio.EstablishContextException e) {
            throw new ServiceUnavailableException("cannot reach pcscd: " + e.getCause().getMessage(), e);
        }
    }

    /** Releases a context made by {@link #newTerminals}; failures only mean it was already dead. */
    void release(CardTerminals terminals) {
        if (terminals instanceof Smartcardio.JnaCardTerminals jna) {
            try {
                jna.close();
            } catch (CardException e) {
                LOG.debug("Releasing a PC/SC context failed (already gone): {}", e.getMessage());
            }
        }
    }
}

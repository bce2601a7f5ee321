package org.huzhu.devices.card.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Hex;

/**
 * A card in software: applications with record files, applets that answer commands themselves ({@link CardApplet},
 * e.g. PIV), an optional contactless UID and an optional PIN with a retry counter, answering command APDUs the way
 * ISO/IEC 7816-4 cards do for the commands the kiosk uses (SELECT by name or file id, READ RECORD by number or
 * identifier and by SFI, VERIFY, GET RESPONSE) and the PC/SC UID pseudo-APDU.
 *
 * <p>With {@code t0Style} it behaves like many T=0 cards: data after a command without Le comes as 61xx (fetch with GET
 * RESPONSE), and a wrong Le gets 6Cxx, so the kiosk's handling of both is exercised end to end.
 *
 * <p>Used by the in-process {@link SimulatedReaderBackend} (demo, unit tests) and the vpcd simulator (integration
 * tests through pcscd). Thread-safe: all state changes are synchronised, because the PIN counter is read by tests
 * while a reader thread sends commands.
 */
public final class SimulatedCard {

    /** A T=1 ATR with no historical bytes: 3B, T0=80, TD1=01 (T=1), TCK. */
    public static final byte[] DEFAULT_ATR = Hex.parse("3B800181");
    private static final int MAX_PIN_TRIES = 3;

    private final byte[] atr;
    private final List<CardApplication> applications;
    private final List<CardApplet> applets;
    private final byte[] uid;
    private final boolean t0Style;

    private CardApplication selectedApplication;
    private CardApplet selectedApplet;
    private CardFile selectedFile;
    private byte[] pendingResponse;
    private boolean pinVerified;
    private int pinTriesLeft = MAX_PIN_TRIES;

    private SimulatedCard(Builder builder) {
        this.atr = builder.atr.clone();
        this.applications = List.copyOf(builder.applications);
        this.applets = List.copyOf(builder.applets);
        this.uid = builder.uid == null ? null : builder.uid.clone();
        this.t0Style = builder.t0Style;
        reset();
    }

    public static Builder builder() {
        return new Builder();
    }

    public byte[] atr() {
        return atr.clone();
    }

    /**
     * Power-on or reset: only the default applet selected, PINs no longer verified (retry counters stay, as on a real
     * card).
     */
    public synchronized void reset() {
        selectedApplication = null;
        selectedFile = null;
        pendingResponse = null;
        pinVerified = false;
        applets.forEach(CardApplet::reset);
        // Like most PIV cards, the first applet is the default application: selected at power-on and reset, so a
        // GET DATA before any SELECT reaches it (OpenSC asks for the discovery object that way).
        selectedApplet = applets.isEmpty() ? null : applets.getFirst();
    }

    public synchronized int pinTriesLeft() {
        return pinTriesLeft;
    }

    /** Answers one command APDU with response data and SW1 SW2. Never throws for any input. */
    public synchronized byte[] process(byte[] command) {
        Command parsed = Command.parse(command);
        if (parsed == null) {
            return Bytes.status(0x6700);
        }
        if (parsed.cla() == 0xFF) {
            return parsed.ins() == 0xCA && parsed.p1() == 0 && parsed.p2() == 0 ? getUid(parsed) : Bytes.status(0x6A81);
        }
        if (parsed.cla() != 0x00) {
            return Bytes.status(0x6E00);
        }
        if (parsed.ins() == 0xA4 && parsed.p1() == 0x04) {
            for (CardApplet applet : applets) {
                if (namesApplet(parsed.data(), applet.aid())) {
                    return selectApplet(applet, parsed);
                }
            }
        }
        if (selectedApplet != null && parsed.ins() != 0xA4 && parsed.ins() != 0xC0) {
            pendingResponse = null;
            return chained(selectedApplet.process(parsed.cla(), parsed.ins(), parsed.p1(), parsed.p2(), parsed.data()),
                    parsed.le());
        }
        return switch (parsed.ins()) {
            case 0xA4 -> select(parsed);
            case 0xB2 -> readRecord(parsed);
            case 0x20 -> verify(parsed);
            case 0xC0 -> getResponse(parsed);
            default -> Bytes.status(0x6D00);
        };
    }

    /**
     * SELECT by DF name may give the AID right-truncated (ISO/IEC 7816-4 5.3.1.1), as OpenSC does for PIV (without
     * the version bytes 01 00); at least the 5-byte registered application provider id must be there.
     */
    private static boolean namesApplet(byte[] name, byte[] aid) {
        return name.length >= 5 && name.length <= aid.length
                && Arrays.equals(name, 0, name.length, aid, 0, name.length);
    }

    private byte[] selectApplet(CardApplet applet, Command command) {
        selectedApplet = applet;
        selectedApplication = null;
        selectedFile = null;
        pendingResponse = null;
        pinVerified = false;
        return chained(Bytes.withStatus(applet.select(), 0x9000), command.le());
    }

    /**
     * An applet's answer (data + SW), at most Le bytes at a time (256 without Le, as T=1 cards send): the rest is
     * announced with 61xx and fetched with GET RESPONSE, the way PIV cards return certificates.
     */
    private byte[] chained(byte[] answer, int le) {
        if (answer.length < 2) {
            return Bytes.status(0x6F00);
        }
        int max = le <= 0 ? 256 : le;
        int dataLength = answer.length - 2;
        if (dataLength <= max) {
            return answer;
        }
        pendingResponse = Arrays.copyOfRange(answer, max, dataLength);
        return Bytes.withStatus(Arrays.copyOf(answer, max), 0x6100 | Math.min(pendingResponse.length, 0xFF));
    }

    private byte[] getUid(Command command) {
        return uid == null ? Bytes.status(0x6A81) : withLe(uid, command.le());
    }

    private byte[] select(Command command) {
        pendingResponse = null;
        if (command.p1() == 0x04) {
            for (CardApplication application : applications) {
                if (Arrays.equals(application.name(), command.data())) {
                    selectedApplication = application;
                    selectedApplet = null;
                    selectedFile = null;
                    pinVerified = false;
                    return respond(fci(application.name()), command.le());
                }
            }
            return Bytes.status(0x6A82);
        }
        if (command.p1() == 0x02 && command.data().length == 2 && selectedApplication != null) {
            int fileId = ((command.data()[0] & 0xFF) << 8) | (command.data()[1] & 0xFF);
            for (CardFile file : selectedApplication.files()) {
                if (file.fileId() == fileId) {
                    selectedFile = file;
                    return Bytes.status(0x9000);
                }
            }
            return Bytes.status(0x6A82);
        }
        return Bytes.status(command.p1() == 0x02 ? 0x6A82 : 0x6A86);
    }

    private byte[] readRecord(Command command) {
        int sfi = command.p2() >>> 3;
        CardFile file = sfi == 0 ? selectedFile : fileByShortId(sfi);
        if (file == null) {
            return Bytes.status(selectedApplication == null || sfi == 0 ? 0x6986 : 0x6A82);
        }
        selectedFile = file;
        byte[] record = switch (command.p2() & 0x07) {
            case 0x04 -> command.p1() >= 1 && command.p1() <= file.records().size()
                    ? file.records().get(command.p1() - 1) : null;
            case 0x00 -> file.records().stream()
                    .filter(r -> r.length > 0 && (r[0] & 0xFF) == command.p1()).findFirst().orElse(null);
            default -> new byte[0];
        };
        if (record == null) {
            return Bytes.status(0x6A83);
        }
        return record.length == 0 ? Bytes.status(0x6A86) : withLe(record, command.le());
    }

    private CardFile fileByShortId(int sfi) {
        if (selectedApplication == null) {
            return null;
        }
        return selectedApplication.files().stream().filter(f -> f.shortFileId() == sfi).findFirst().orElse(null);
    }

    private byte[] verify(Command command) {
        if (selectedApplication == null || selectedApplication.pin() == null || command.p2() != 0x81) {
            return Bytes.status(0x6A88);
        }
        if (pinTriesLeft == 0) {
            return Bytes.status(0x6983);
        }
        if (command.data().length == 0) {
            return Bytes.status(pinVerified ? 0x9000 : 0x63C0 | pinTriesLeft);
        }
        if (Arrays.equals(selectedApplication.pin(), command.data())) {
            pinTriesLeft = MAX_PIN_TRIES;
            pinVerified = true;
            return Bytes.status(0x9000);
        }
        pinVerified = false;
        pinTriesLeft--;
        return Bytes.status(0x63C0 | pinTriesLeft);
    }

    private byte[] getResponse(Command command) {
        if (pendingResponse == null) {
            return Bytes.status(0x6985);
        }
        byte[] pending = pendingResponse;
        int wanted = command.le() <= 0 ? 256 : command.le();
        if (wanted >= pending.length) {
            pendingResponse = null;
            return Bytes.withStatus(pending, 0x9000);
        }
        pendingResponse = Arrays.copyOfRange(pending, wanted, pending.length);
        return Bytes.withStatus(Arrays.copyOf(pending, wanted), 0x6100 | Math.min(pendingResponse.length, 0xFF));
    }

    /** Data for a command that may have no Le: a T=0-style card announces it with 61xx, others drop it. */
    private byte[] respond(byte[] data, int le) {
        if (le < 0) {
            if (t0Style && data.length > 0) {
                pendingResponse = data;
                return Bytes.status(0x6100 | Math.min(data.length, 0xFF));
            }
            return Bytes.status(0x9000);
        }
        return withLe(data, le);
    }

    /** Le 00 (256) gets everything; any other Le must match exactly, else 6Cxx tells the right one. */
    private static byte[] withLe(byte[] data, int le) {
        if (le == 256 || le == data.length || le < 0 && data.length == 0) {
            return Bytes.withStatus(data, 0x9000);
        }
        return Bytes.status(0x6C00 | Math.min(data.length, 0xFF));
    }

    private static byte[] fci(byte[] dfName) {
        byte[] fci = new byte[dfName.length + 4];
        fci[0] = 0x6F;
        fci[1] = (byte) (dfName.length + 2);
        fci[2] = (byte) 0x84;
        fci[3] = (byte) dfName.length;
        System.arraycopy(dfName, 0, fci, 4, dfName.length);
        return fci;
    }

    /** A short command APDU split into its parts; null if it is not one. */
    private record Command(int cla, int ins, int p1, int p2, byte[] data, int le) {

        static Command parse(byte[] apdu) {
            if (apdu.length < 4) {
                return null;
            }
            int cla = apdu[0] & 0xFF;
            int ins = apdu[1] & 0xFF;
            int p1 = apdu[2] & 0xFF;
            int p2 = apdu[3] & 0xFF;
            if (apdu.length == 4) {
                return new Command(cla, ins, p1, p2, new byte[0], -1);
            }
            int b4 = apdu[4] & 0xFF;
            if (apdu.length == 5) {
                return new Command(cla, ins, p1, p2, new byte[0], b4 == 0 ? 256 : b4);
            }
            if (b4 == 0 || apdu.length != 5 + b4 && apdu.length != 6 + b4) {
                return null;
            }
            byte[] data = Arrays.copyOfRange(apdu, 5, 5 + b4);
            int le = apdu.length == 6 + b4 ? (apdu[5 + b4] == 0 ? 256 : apdu[5 + b4] & 0xFF) : -1;
            return new Command(cla, ins, p1, p2, data, le);
        }
    }

    /** Builds a card. Not thread-safe. */
    public static final class Builder {
        private byte[] atr = DEFAULT_ATR;
        private final List<CardApplication> applications = new ArrayList<>();
        private final List<CardApplet> applets = new ArrayList<>();
        private byte[] uid;
        private boolean t0Style;

        private Builder() {
        }

        public Builder atr(byte[] atr) {
            this.atr = atr.clone();
            return this;
        }

        public Builder application(CardApplication application) {
            applications.add(application);
            return this;
        }

        /** An application that answers commands itself (e.g. {@link PivApplet}). */
        public Builder applet(CardApplet applet) {
            applets.add(applet);
            return this;
        }

        public Builder uid(byte[] uid) {
            this.uid = uid.clone();
            return this;
        }

        public Builder t0Style(boolean t0Style) {
            this.t0Style = t0Style;
            return this;
        }

        public SimulatedCard build() {
            return new SimulatedCard(this);
        }
    }
}

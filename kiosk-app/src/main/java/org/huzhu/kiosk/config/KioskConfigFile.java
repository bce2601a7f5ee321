package org.huzhu.kiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.devices.printer.PrinterAddress;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.sync.CertificatePin;
import org.huzhu.kiosk.sync.ServerAddresses;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * Reads and validates {@code kiosk.properties} (UTF-8). A missing file is written with the defaults and comments, so an
 * operator finds every setting in one place; a key that is unknown, or a value out of range, is refused by name.
 */
public final class KioskConfigFile {

    public static final String FILE_NAME = "kiosk.properties";

    static final String CENTRE_NAME = "centre.name";
    static final String LANGUAGE = "language";
    static final String KIOSK_MODE = "kiosk.mode";
    static final String IDLE_PROMPT_SECONDS = "idle.prompt.seconds";
    static final String IDLE_COUNTDOWN_SECONDS = "idle.countdown.seconds";
    static final String SIGNATURE_SUITE = "signature.suite";
    static final String KEY_PASSPHRASE = "key.passphrase";
    static final String READER_HINT = "card.reader.hint";
    static final String SYNC_SERVER_URL = "sync.server.url";
    static final String SYNC_SERVER_PIN = "sync.server.pin";
    static final String SYNC_BATCH_SIZE = "sync.batch.size";
    static final String SYNC_INTERVAL_SECONDS = "sync.interval.seconds";
    static final String CANCEL_CUTOFF_MINUTES = "booking.cancel.cutoff.minutes";
    static final String MODE = "mode";
    static final String CAMERA_SOURCE = "camera.source";
    static final String CENTRE_PHONE = "centre.phone";
    static final String HEARTBEAT_SECONDS = "heartbeat.interval.seconds";
    /** {@code hours.monday} … {@code hours.sunday}. */
    static final String HOURS_PREFIX = "hours.";
    static final String PRINTER = "printer";
    static final String PRINTER_PAPER = "printer.paper.mm";
    private static final Set<String> KNOWN_KEYS = knownKeys(CENTRE_NAME, LANGUAGE, KIOSK_MODE, IDLE_PROMPT_SECONDS,
            IDLE_COUNTDOWN_SECONDS, SIGNATURE_SUITE, KEY_PASSPHRASE, READER_HINT, SYNC_SERVER_URL, SYNC_SERVER_PIN,
            SYNC_BATCH_SIZE, SYNC_INTERVAL_SECONDS, CANCEL_CUTOFF_MINUTES, MODE, CAMERA_SOURCE, CENTRE_PHONE,
            HEARTBEAT_SECONDS, PRINTER, PRINTER_PAPER);
    static final int CENTRE_PHONE_MAX_LENGTH = 30;
    static final int HEARTBEAT_MIN = 30;
    static final int HEARTBEAT_MAX = 3600;

    static final int CENTRE_NAME_MAX_LENGTH = 40;
    static final int IDLE_PROMPT_MIN = 15;
    static final int IDLE_PROMPT_MAX = 600;
    static final int IDLE_COUNTDOWN_MIN = 20;
    static final int IDLE_COUNTDOWN_MAX = 300;
    static final int MIN_PASSPHRASE = 8;
    /** The protocol's largest batch. */
    static final int SYNC_BATCH_MAX = 500;
    static final int SYNC_INTERVAL_MIN = 5;
    static final int SYNC_INTERVAL_MAX = 3600;
    /** Up to a week before: later than that a centre plans with the booking. */
    static final int CANCEL_CUTOFF_MAX = 7 * 24 * 60;

    private final Path file;
    /** The defaults this file gets when it is written first: a counter's say so. */
    private final KioskConfig defaults;

    public KioskConfigFile(Path dataFolder) {
        this(dataFolder, StationMode.KIOSK);
    }

    /** @param firstMode what a missing file is written (and read) as: a kiosk's, or a counter's data folder */
    public KioskConfigFile(Path dataFolder, StationMode firstMode) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.defaults = KioskConfig.DEFAULTS.withMode(firstMode);
    }

    public Path path() {
        return file;
    }

    /** Loads the file, writing the defaults first if there is none. */
    public KioskConfig loadOrCreate() throws ConfigException {
        Properties properties;
        try {
            properties = read();
        } catch (NoSuchFileException e) {
            writeDefaults();
            return defaults;
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, "is not valid UTF-8 text; save it again as UTF-8", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return validate(properties);
    }

    private static Set<String> knownKeys(String... keys) {
        Set<String> known = new TreeSet<>(Set.of(keys));
        for (DayOfWeek day : DayOfWeek.values()) {
            known.add(hoursKey(day));
        }
        return Set.copyOf(known);
    }

    static String hoursKey(DayOfWeek day) {
        return HOURS_PREFIX + day.name().toLowerCase(Locale.ROOT);
    }

    private Properties read() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }

    private KioskConfig validate(Properties properties) throws ConfigException {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KNOWN_KEYS);
        if (!unknown.isEmpty()) {
            String key = unknown.iterator().next();
            throw new ConfigException(file, key, "unknown key '" + key + "'; known keys are " + new TreeSet<>(KNOWN_KEYS));
        }
        KioskConfig d = KioskConfig.DEFAULTS;
        StationMode mode = mode(properties.getProperty(MODE, d.mode().tag()));
        boolean kioskMode = bool(KIOSK_MODE, properties.getProperty(KIOSK_MODE, Boolean.toString(d.kioskMode())));
        if (kioskMode && mode.staffStation()) {
            throw invalid(KIOSK_MODE, properties.getProperty(KIOSK_MODE), "must be false for a " + mode.tag() + " ("
                    + MODE + "=" + mode.tag() + "): staff use a normal window");
        }
        return new KioskConfig(
                centreName(properties.getProperty(CENTRE_NAME, d.centreName())),
                language(properties.getProperty(LANGUAGE, d.language().tag())),
                kioskMode,
                seconds(IDLE_PROMPT_SECONDS, properties.getProperty(IDLE_PROMPT_SECONDS,
                        Long.toString(d.idlePromptAfter().toSeconds())), IDLE_PROMPT_MIN, IDLE_PROMPT_MAX),
                seconds(IDLE_COUNTDOWN_SECONDS, properties.getProperty(IDLE_COUNTDOWN_SECONDS,
                        Long.toString(d.idleCountdown().toSeconds())), IDLE_COUNTDOWN_MIN, IDLE_COUNTDOWN_MAX),
                suite(properties.getProperty(SIGNATURE_SUITE, d.signatureSuite().id())),
                passphrase(properties.getProperty(KEY_PASSPHRASE, d.keyPassphrase())),
                properties.getProperty(READER_HINT, d.readerHint()).strip(),
                sync(properties),
                Duration.ofMinutes(wholeNumber(CANCEL_CUTOFF_MINUTES, properties.getProperty(CANCEL_CUTOFF_MINUTES,
                        Long.toString(d.cancelCutoff().toMinutes())), 0, CANCEL_CUTOFF_MAX, "minutes")),
                mode,
                properties.getProperty(CAMERA_SOURCE, d.cameraSource()),
                serving(properties), printer(properties));
    }

    private ServingConfig serving(Properties properties) throws ConfigException {
        ServingConfig d = ServingConfig.DEFAULTS;
        String phone = properties.getProperty(CENTRE_PHONE, d.centrePhone()).strip();
        if (phone.codePointCount(0, phone.length()) > CENTRE_PHONE_MAX_LENGTH
                || !phone.chars().allMatch(c -> Character.isDigit(c) || " +-()".indexOf(c) >= 0)) {
            throw invalid(CENTRE_PHONE, phone, "must be a phone number of at most " + CENTRE_PHONE_MAX_LENGTH
                    + " characters: digits, spaces, + - ( ) (or empty: none shown)");
        }
        Map<DayOfWeek, List<OpeningHours.Span>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = hoursKey(day);
            String value = properties.getProperty(key, d.openingHours().format(day));
            try {
                days.put(day, OpeningHours.parseDay(value));
            } catch (IllegalArgumentException e) {
                throw invalid(key, value, "must be " + OpeningHours.CLOSED + " or opening times like 08:00-17:00, "
                        + "several separated by commas (08:00-12:00,14:00-17:30), each opening before it closes; "
                        + "00:00-24:00 is all day");
            }
        }
        OpeningHours hours;
        try {
            hours = new OpeningHours(days);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, HOURS_PREFIX, "the opening hours are not valid: " + e.getMessage());
        }
        return new ServingConfig(phone, hours, seconds(HEARTBEAT_SECONDS, properties.getProperty(HEARTBEAT_SECONDS,
                Long.toString(d.heartbeatInterval().toSeconds())), HEARTBEAT_MIN, HEARTBEAT_MAX));
    }

    private static String hoursLines(OpeningHours hours) {
        StringBuilder lines = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            lines.append(lines.isEmpty() ? "" : "\n").append(hoursKey(day)).append('=').append(hours.format(day));
        }
        return lines.toString();
    }

    private PrinterSetting printer(Properties properties) throws ConfigException {
        String address = properties.getProperty(PRINTER, "");
        String paper = properties.getProperty(PRINTER_PAPER,
                Integer.toString(PrinterSetting.NONE.paper().millimetres()));
        PaperWidth width = PaperWidth.ofMillimetres(wholeNumber(PRINTER_PAPER, paper, 58, 80, "millimetres"))
                .orElseThrow(() -> invalid(PRINTER_PAPER, paper, "must be 58 or 80 (the paper roll's width)"));
        if (address.isBlank()) {
            return new PrinterSetting(Optional.empty(), width);
        }
        try {
            return new PrinterSetting(Optional.of(new PrinterAddress(address)), width);
        } catch (IllegalArgumentException e) {
            throw invalid(PRINTER, address, e.getMessage() + "; or empty: no receipt printer");
        }
    }

    private StationMode mode(String value) throws ConfigException {
        return StationMode.fromTag(value).orElseThrow(() -> invalid(MODE, value, "must be kiosk, counter or hospital"));
    }

    private SyncConfig sync(Properties properties) throws ConfigException {
        SyncConfig d = SyncConfig.DEFAULTS;
        Optional<ServerAddresses> servers = servers(properties.getProperty(SYNC_SERVER_URL, ""));
        Optional<CertificatePin> pin = pin(properties.getProperty(SYNC_SERVER_PIN, ""));
        if (pin.isPresent() && servers.isPresent()
                && !servers.get().all().stream().allMatch(url -> url.getScheme().equals("https"))) {
            throw invalid(SYNC_SERVER_PIN, properties.getProperty(SYNC_SERVER_PIN), "a pin needs an https:// "
                    + SYNC_SERVER_URL + " (it pins the server's TLS certificate)");
        }
        return new SyncConfig(servers, pin,
                wholeNumber(SYNC_BATCH_SIZE, properties.getProperty(SYNC_BATCH_SIZE, Integer.toString(d.batchSize())),
                        1, SYNC_BATCH_MAX, "transactions"),
                seconds(SYNC_INTERVAL_SECONDS, properties.getProperty(SYNC_INTERVAL_SECONDS,
                        Long.toString(d.interval().toSeconds())), SYNC_INTERVAL_MIN, SYNC_INTERVAL_MAX));
    }

    /** One address, or a server's nodes separated by commas. */
    private Optional<ServerAddresses> servers(String value) throws ConfigException {
        if (value.isBlank()) {
            return Optional.empty();
        }
        List<URI> addresses = new ArrayList<>();
        for (String address : value.split(",", -1)) {
            addresses.add(serverUrl(address.strip(), value));
        }
        return Optional.of(new ServerAddresses(addresses));
    }

    private URI serverUrl(String text, String value) throws ConfigException {
        try {
            URI url = new URI(text);
            boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                    && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
            if (web && url.getHost() != null && bare) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below with what is allowed
        }
        throw invalid(SYNC_SERVER_URL, value, "must be the server's address, http:// or https:// with a host and "
                + "at most a port, e.g. https://huzhu.example.org:8443, or its nodes' addresses separated by commas "
                + "(or empty: the address the kiosk enrolled with)");
    }

    private Optional<CertificatePin> pin(String value) throws ConfigException {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CertificatePin.parse(value));
        } catch (IllegalArgumentException e) {
            throw invalid(SYNC_SERVER_PIN, value, "must be the SHA-256 of the server's certificate, 64 hex digits "
                    + "(colons allowed), as `openssl x509 -noout -fingerprint -sha256 -in server.crt` prints it");
        }
    }

    private SignatureSuite suite(String value) throws ConfigException {
        return SignatureSuites.byId(value.strip())
                .orElseThrow(() -> invalid(SIGNATURE_SUITE, value, "must be ed25519-sha256 or sm2-sm3"));
    }

    private String passphrase(String value) throws ConfigException {
        if (!value.isEmpty() && value.length() < MIN_PASSPHRASE) {
            // Never echo the value: it is a secret.
            throw new ConfigException(file, KEY_PASSPHRASE, KEY_PASSPHRASE + " is too short: it must have at least "
                    + MIN_PASSPHRASE + " characters (or leave it out and set " + "HUZHU_KIOSK_KEY_PASSPHRASE)");
        }
        return value;
    }

    private String centreName(String value) throws ConfigException {
        String name = value.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > CENTRE_NAME_MAX_LENGTH) {
            throw invalid(CENTRE_NAME, value, "must be the centre's name, 1 to " + CENTRE_NAME_MAX_LENGTH + " characters");
        }
        return name;
    }

    private Language language(String value) throws ConfigException {
        return Language.fromTag(value).orElseThrow(() -> invalid(LANGUAGE, value, "must be zh-CN or en"));
    }

    private boolean bool(String key, String value) throws ConfigException {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, value, "must be true or false");
        };
    }

    private Duration seconds(String key, String value, int min, int max) throws ConfigException {
        return Duration.ofSeconds(wholeNumber(key, value, min, max, "seconds"));
    }

    private int wholeNumber(String key, String value, int min, int max, String unit) throws ConfigException {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range, which says more than the parser's message
        }
        throw invalid(key, value, "must be a whole number of " + unit + " from " + min + " to " + max);
    }

    private ConfigException invalid(String key, String value, String rule) {
        return new ConfigException(file, key, key + " = '" + value + "' is not valid: " + rule);
    }

    private void writeDefaults() throws ConfigException {
        KioskConfig d = defaults;
        String text = """
                # Huzhu Kiosk settings (UTF-8). Delete this file to get the defaults back.
                # 互助自助服务机设置（UTF-8 编码）。删除此文件即恢复默认值。

                # kiosk: residents use it by themselves. counter: staff sign in with their staff card to enrol and
                # look after residents (same as --counter; needs a second card reader for residents' cards).
                # hospital: a hospital's reception desk, enrolled for that hospital (same as --hospital).
                # kiosk：居民自助服务机。counter：工作人员柜台（需要第二个读卡器读居民的卡）。hospital：医院收费窗口。
                %s=%s

                # The centre's name, shown on every screen (1-%d characters). 服务中心名称。
                %s=%s

                # Language a session starts in: zh-CN or en. 默认语言。
                %s=%s

                # true: full screen, no window frame, no keyboard exit (for the kiosk itself; never for a counter).
                # 全屏自助模式（柜台不可用）。
                %s=%s

                # Seconds without input before "Do you need more time?" (%d-%d). 无操作多少秒后询问。
                %s=%d

                # Seconds that question waits before signing out (%d-%d; at least 20 for WCAG 2.2.1). 倒计时秒数。
                %s=%d

                # How transactions are signed: ed25519-sha256, or sm2-sm3 for deployments that require SM algorithms.
                # Fixed once the kiosk has created its key. 交易签名算法，创建密钥后不可更改。
                %s=%s

                # Passphrase of the kiosk's key store (kiosk-key.p12), at least %d characters. Better: leave this out
                # and set the environment variable HUZHU_KIOSK_KEY_PASSPHRASE. 密钥库口令，建议用环境变量设置。
                #%s=

                # Use only card readers whose name contains this text (e.g. ACR122, to ignore a laptop's built-in
                # reader). Empty: every reader. `huzhu-kiosk cards list` shows the names. 只使用名称含此文字的读卡器。
                %s=

                # The sync server's address, e.g. https://huzhu.example.org:8443, or its nodes' addresses separated by
                # commas, tried in order. Empty: the address this kiosk was enrolled with (`huzhu-kiosk enrol`).
                # 同步服务器地址（多个节点用逗号分隔），留空则用登记时的地址。
                %s=

                # For https: trust exactly this server certificate, given as its SHA-256 fingerprint (64 hex digits;
                # `openssl x509 -noout -fingerprint -sha256 -in server.crt`). 固定信任的服务器证书指纹。
                #%s=

                # Transactions per sync request (1-%d). 每次同步的交易数。
                %s=%d

                # Seconds between sync rounds while the server is reachable (%d-%d). 同步间隔秒数。
                %s=%d

                # A booking can be cancelled at the kiosk until this many minutes before it starts (0-%d).
                # 预约开始前多少分钟之前可以在服务机上取消。
                %s=%d

                # The camera for signing in by face or code (a counter's: for enrolling faces). native: the first
                # camera; native:NAME: the first whose name contains NAME (`huzhu-kiosk camera list`). Empty: no
                # camera, sign-in by card only. The face models go in the data folder's face-models.
                # 用于刷脸和扫码登录的摄像头。留空则只能刷卡。
                %s=

                # The centre's phone number, shown when the kiosk is out of order (digits, spaces, + - ( )).
                # 服务中心电话，机器暂停服务时显示。
                %s=

                # Opening hours per weekday: closed, or times like 08:00-17:00 (several: 08:00-12:00,14:00-17:30;
                # 00:00-24:00 is all day). Outside them the kiosk shows "closed, open again at ..." and dims.
                # 每天的开放时间：closed 表示不开放；不在开放时间内，屏幕变暗并显示下次开放时间。
                %s

                # Seconds between heartbeats to the server (health for the operator's `huzhu-server kiosks`; %d-%d).
                # 向服务器报告运行状态的间隔秒数。
                %s=%d

                # The receipt printer (ESC/POS, with Chinese fonts): file:/dev/usb/lp0 (USB), tcp:HOST or
                # tcp:HOST:PORT (network, port 9100 if left out) or cups:QUEUE (a CUPS raw queue). Empty: no printer,
                # no receipts. 小票打印机。留空则不打印。
                %s=

                # The printer's paper roll: 58 or 80 (millimetres). 小票纸宽度（毫米）。
                %s=%d
                """.formatted(
                MODE, d.mode().tag(),
                CENTRE_NAME_MAX_LENGTH, CENTRE_NAME, d.centreName(),
                LANGUAGE, d.language().tag(),
                KIOSK_MODE, d.kioskMode(),
                IDLE_PROMPT_MIN, IDLE_PROMPT_MAX, IDLE_PROMPT_SECONDS, d.idlePromptAfter().toSeconds(),
                IDLE_COUNTDOWN_MIN, IDLE_COUNTDOWN_MAX, IDLE_COUNTDOWN_SECONDS, d.idleCountdown().toSeconds(),
                SIGNATURE_SUITE, d.signatureSuite().id(), MIN_PASSPHRASE, KEY_PASSPHRASE, READER_HINT,
                SYNC_SERVER_URL, SYNC_SERVER_PIN, SYNC_BATCH_MAX, SYNC_BATCH_SIZE, d.sync().batchSize(),
                SYNC_INTERVAL_MIN, SYNC_INTERVAL_MAX, SYNC_INTERVAL_SECONDS, d.sync().interval().toSeconds(),
                CANCEL_CUTOFF_MAX, CANCEL_CUTOFF_MINUTES, d.cancelCutoff().toMinutes(), CAMERA_SOURCE, CENTRE_PHONE,
                hoursLines(d.serving().openingHours()), HEARTBEAT_MIN, HEARTBEAT_MAX, HEARTBEAT_SECONDS,
                d.serving().heartbeatInterval().toSeconds(), PRINTER, PRINTER_PAPER,
                d.printer().paper().millimetres());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            // It may come to hold the key passphrase: owner-only, like everything in the data folder.
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be created (" + e.getMessage() + ")", e);
        }
    }
}

package org.huzhu.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.sync.CertificatePin;
import org.huzhu.kiosk.sync.ServerAddresses;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskConfigFileTest {

    @TempDir
    Path dataFolder;

    @Test
    void missingFileIsWrittenWithDefaultsThatReadBackUnchanged() throws Exception {
        KioskConfigFile file = new KioskConfigFile(dataFolder);

        assertThat(file.loadOrCreate()).isEqualTo(KioskConfig.DEFAULTS);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())))
                .as("may hold the key passphrase").isEqualTo("rw-------");
        assertThat(Files.readString(file.path())).contains("centre.name=", "idle.countdown.seconds=20",
                "camera.source=", "printer=", "printer.paper.mm=80");
        assertThat(file.loadOrCreate()).isEqualTo(KioskConfig.DEFAULTS);
    }

    @Test
    void aCameraIsConfiguredOnlyWhenNamed() throws Exception {
        write("camera.source=  native:C920  \n");
        KioskConfig named = new KioskConfigFile(dataFolder).loadOrCreate();
        assertThat(named.cameraSource()).isEqualTo("native:C920");
        assertThat(named.hasCamera()).isTrue();
        assertThat(KioskConfig.DEFAULTS.hasCamera()).as("no camera unless one is set").isFalse();
    }

    @Test
    void validValuesAreRead() throws Exception {
        write("""
                centre.name=Riverside Community Centre
                language=en
                kiosk.mode=TRUE
                idle.prompt.seconds=90
                idle.countdown.seconds=30
                signature.suite=sm2-sm3
                key.passphrase=correct horse battery
                card.reader.hint= ACR122
                booking.cancel.cutoff.minutes=1440
                """);

        KioskConfig config = new KioskConfigFile(dataFolder).loadOrCreate();

        assertThat(config).isEqualTo(new KioskConfig("Riverside Community Centre", Language.EN, true,
                Duration.ofSeconds(90), Duration.ofSeconds(30), SignatureSuites.SM2_SM3, "correct horse battery", "ACR122",
                SyncConfig.DEFAULTS, Duration.ofDays(1)));
        assertThat(config.toString()).doesNotContain("horse");
    }

    @Test
    void thePhoneOpeningHoursAndHeartbeatAreRead() throws Exception {
        write("""
                centre.phone=+86 21 5555-0100
                hours.monday=08:00-12:00,14:00-17:30
                hours.sunday=closed
                heartbeat.interval.seconds=120
                """);

        ServingConfig serving = new KioskConfigFile(dataFolder).loadOrCreate().serving();

        assertThat(serving.centrePhone()).isEqualTo("+86 21 5555-0100");
        assertThat(serving.openingHours().format(java.time.DayOfWeek.MONDAY)).isEqualTo("08:00-12:00,14:00-17:30");
        assertThat(serving.openingHours().on(java.time.DayOfWeek.SUNDAY)).isEmpty();
        assertThat(serving.openingHours().format(java.time.DayOfWeek.TUESDAY)).as("not given: all day")
                .isEqualTo("00:00-24:00");
        assertThat(serving.heartbeatInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(KioskConfig.DEFAULTS.serving()).isEqualTo(ServingConfig.DEFAULTS);
    }

    @Test
    void chineseCentreNameIsReadAsUtf8() throws Exception {
        write("centre.name=长寿路街道综合为老服务中心\n");

        assertThat(new KioskConfigFile(dataFolder).loadOrCreate().centreName()).isEqualTo("长寿路街道综合为老服务中心");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "idle.prompt.seconds    | abc     | whole number of seconds from 15 to 600",
        "idle.prompt.seconds    | 5       | whole number of seconds from 15 to 600",
        "idle.countdown.seconds | 10      | from 20 to 300",
        "language               | fr      | must be zh-CN or en",
        "kiosk.mode             | yes     | must be true or false",
        "centre.name            | '   '   | 1 to 40 characters",
        "signature.suite        | rsa     | must be ed25519-sha256 or sm2-sm3",
        "key.passphrase         | short   | at least 8 characters",
        "sync.server.url        | ftp://huzhu.example | http:// or https:// with a host",
        "sync.server.url        | https://huzhu.example/api | at most a port",
        "sync.server.url        | huzhu.example:8443 | http:// or https:// with a host",
        "sync.server.pin        | 12ab    | 64 hex digits",
        "sync.batch.size        | 0       | whole number of transactions from 1 to 500",
        "sync.batch.size        | 501     | whole number of transactions from 1 to 500",
        "sync.interval.seconds  | 2       | whole number of seconds from 5 to 3600",
        "booking.cancel.cutoff.minutes | 10081 | whole number of minutes from 0 to 10080",
        "mode                   | desk    | must be kiosk, counter or hospital",
        "centre.phone           | call-me | must be a phone number",
        "hours.monday           | 9-5     | must be closed or opening times like 08:00-17:00",
        "hours.sunday           | 17:00-08:00 | each opening before it closes",
        "heartbeat.interval.seconds | 10  | whole number of seconds from 30 to 3600",
        "printer                | lp0     | file:/dev/usb/lp0",
        "printer                | tcp:printer:99999 | tcp:HOST:PORT",
        "printer.paper.mm       | 70      | must be 58 or 80",
        "printer.paper.mm       | wide    | from 58 to 80",
    })
    void badValueIsRefusedNamingTheKey(String key, String value, String rule) throws IOException {
        write(key + "=" + value + "\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).contains(key))
                .hasMessageContaining(KioskConfigFile.FILE_NAME)
                .hasMessageContaining(key)
                .hasMessageContaining(rule);
    }

    @Test
    void aReceiptPrinterIsConfiguredOnlyWhenNamed() throws Exception {
        write("printer=tcp:192.168.1.40\nprinter.paper.mm=58\n");

        PrinterSetting printer = new KioskConfigFile(dataFolder).loadOrCreate().printer();

        assertThat(printer.address()).contains(new org.huzhu.devices.printer.PrinterAddress("tcp:192.168.1.40"));
        assertThat(printer.paper()).isEqualTo(org.huzhu.devices.printer.PaperWidth.MM58);
        assertThat(KioskConfig.DEFAULTS.printer().address()).as("no printer unless one is set").isEmpty();
    }

    @Test
    void syncSettingsAreRead() throws Exception {
        String pin = "AB:".repeat(31) + "AB";
        write("""
                sync.server.url=https://huzhu.example:8443
                sync.server.pin=%s
                sync.batch.size=200
                sync.interval.seconds=10
                """.formatted(pin));

        SyncConfig sync = new KioskConfigFile(dataFolder).loadOrCreate().sync();

        assertThat(sync).isEqualTo(new SyncConfig(
                Optional.of(ServerAddresses.of(URI.create("https://huzhu.example:8443"))),
                Optional.of(new CertificatePin("ab".repeat(32))), 200, Duration.ofSeconds(10)));
    }

    @Test
    void aServerOfSeveralNodesIsTheirAddressesInOrder() throws Exception {
        write("sync.server.url=https://node-a.huzhu.example:8443, https://node-b.huzhu.example:8443\n");

        assertThat(new KioskConfigFile(dataFolder).loadOrCreate().sync().servers()).contains(new ServerAddresses(
                List.of(URI.create("https://node-a.huzhu.example:8443"), URI.create("https://node-b.huzhu.example:8443"))));
    }

    @Test
    void anEmptyOrBrokenNodeAddressIsRefusedWithTheRule() throws IOException {
        for (String value : List.of("https://node-a.huzhu.example,", "https://node-a.huzhu.example, ftp://node-b")) {
            write("sync.server.url=" + value + "\n");

            assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).contains("sync.server.url"))
                    .hasMessageContaining("separated by commas");
        }
    }

    @Test
    void aPinNeedsEveryNodeOnHttps() throws IOException {
        write("sync.server.url=https://node-a.huzhu.example, http://node-b.huzhu.example\nsync.server.pin="
                + "ab".repeat(32) + "\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).contains("sync.server.pin"));
    }

    @Test
    void syncDefaultsToTheEnrolledServerEvery30SecondsIn500s() throws Exception {
        write("sync.server.url=\n");

        assertThat(new KioskConfigFile(dataFolder).loadOrCreate().sync()).isEqualTo(SyncConfig.DEFAULTS);
        assertThat(SyncConfig.DEFAULTS.batchSize()).isEqualTo(500);
        assertThat(SyncConfig.DEFAULTS.interval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aPinWithAPlainHttpServerIsRefused() throws IOException {
        write("sync.server.url=http://huzhu.example\nsync.server.pin=" + "ab".repeat(32) + "\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).contains("sync.server.pin"))
                .hasMessageContaining("needs an https:// sync.server.url");
    }

    @Test
    void modeIsAKioskByDefaultAndCounterWhenSet() throws Exception {
        KioskConfigFile file = new KioskConfigFile(dataFolder);
        assertThat(file.loadOrCreate().mode()).isEqualTo(StationMode.KIOSK);
        assertThat(Files.readString(file.path())).as("documented in the written defaults").contains("\nmode=kiosk\n");

        write("mode= Counter \n");

        assertThat(file.loadOrCreate().mode()).isEqualTo(StationMode.COUNTER);
        assertThat(file.loadOrCreate().counter()).isTrue();
    }

    @Test
    void aCounterIsNeverLockedDownAsAKiosk() throws IOException {
        write("mode=counter\nkiosk.mode=true\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).contains("kiosk.mode"))
                .hasMessageContaining("must be false for a counter");
    }

    @Test
    void shortPassphraseIsRefusedWithoutEchoingIt() throws IOException {
        write("key.passphrase=hunter2\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void misspeltKeyIsRefusedRatherThanIgnored() throws IOException {
        write("centre.nmae=Typo Centre\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'centre.nmae'")
                .hasMessageContaining("centre.name");
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWithAPlainReason() throws IOException {
        Files.write(dataFolder.resolve(KioskConfigFile.FILE_NAME), "centre.name=长寿路".getBytes("GBK"));

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void malformedEscapeIsRefusedNotThrownRaw() throws IOException {
        write("centre.name=\\uZZZZ\n");

        assertThatThrownBy(() -> new KioskConfigFile(dataFolder).loadOrCreate())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot be read");
    }

    private void write(String text) throws IOException {
        Files.writeString(dataFolder.resolve(KioskConfigFile.FILE_NAME), text, StandardCharsets.UTF_8);
    }
}

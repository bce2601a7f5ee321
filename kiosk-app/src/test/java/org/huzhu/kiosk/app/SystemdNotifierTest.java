package org.huzhu.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notify protocol's datagrams through real Unix sockets, to a path and to an abstract name. */
class SystemdNotifierTest {

    @TempDir
    Path temp;

    @Test
    void aMessageReachesTheSocketThatNotifySocketNames() throws Exception {
        Path path = temp.resolve("notify");
        try (NotifySocket supervisor = NotifySocket.bind(path);
             SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path.toString()))
                     .orElseThrow()) {
            assertThat(notifier.send("WATCHDOG=1")).isTrue();
            assertThat(supervisor.next(Duration.ofSeconds(5))).contains("WATCHDOG=1");
        }
    }

    @Test
    void anAbstractNameWorksAsSystemdUsesIt() throws Exception {
        String name = "@huzhu-test-" + UUID.randomUUID();
        try (NotifySocket supervisor = NotifySocket.bind(Path.of(name));
             SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", name)).orElseThrow()) {
            assertThat(notifier.send("READY=1")).isTrue();
            assertThat(supervisor.next(Duration.ofSeconds(5))).contains("READY=1");
        }
    }

    @Test
    void withoutASupervisorThereIsNoNotifierAndNobodyIsListeningIsNoFailure() {
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).isEmpty();
        try (SystemdNotifier notifier = SystemdNotifier.fromEnvironment(
                Map.of("NOTIFY_SOCKET", temp.resolve("gone").toString())).orElseThrow()) {
            assertThat(notifier.send("WATCHDOG=1")).as("nobody bound there: false, no exception").isFalse();
        }
    }

    @Test
    void aNameThatCannotBeASocketIsRefused() {
        assertThatThrownBy(() -> SystemdNotifier.socketAddress("@")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemdNotifier.socketAddress("/" + "x".repeat(200)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "@"))).isEmpty();
    }
}

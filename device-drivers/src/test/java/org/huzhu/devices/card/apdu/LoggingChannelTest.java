package org.huzhu.devices.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingChannelTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingChannel.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }

    @Test
    void neverLogsThePinOfAVerify() throws CardIOException {
        new LoggingChannel(command -> Hex.parse("9000"), "reader").transmit(Commands.verify(0x81, "4711".getBytes()));

        String line = appender.list.getFirst().getFormattedMessage();
        assertThat(line).contains("0020008104").contains("secret bytes not logged").doesNotContain("34373131");
    }

    @Test
    void neverLogsResponseData() throws CardIOException {
        new LoggingChannel(command -> Hex.parse("3131303130313139 9000"), "reader")
                .transmit(Commands.readRecord(8, 0, 0x14));

        String line = appender.list.getFirst().getFormattedMessage();
        assertThat(line).contains("00B2080014").contains("8 bytes, SW=9000").doesNotContain("3131303130313139");
    }

    @Test
    void logsFailuresAndPassesThemOn() {
        ApduChannel failing = command -> {
            throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "gone");
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new LoggingChannel(failing, "reader").transmit(Commands.getUid()))
                .isInstanceOf(CardIOException.class);
        assertThat(appender.list.getFirst().getFormattedMessage()).contains("FFCA000000 failed");
    }
}

package org.huzhu.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-session mailbox: order kept, latest frame wins, nothing grows without bound. */
class SessionMailboxTest {

    private static Frame frame(long sequence) {
        return new Frame(new BufferedImage(2, 2, BufferedImage.TYPE_3BYTE_BGR), sequence, sequence);
    }

    private static List<Object> drain(SessionMailbox mailbox) throws InterruptedException {
        List<Object> taken = new ArrayList<>();
        Object next;
        do {
            next = mailbox.take();
            taken.add(next);
        } while (next != SessionMailbox.END);
        return taken;
    }

    @Test
    void eventsKeepTheirPlaceBetweenFramesAndOnlyTheLatestWaitingFrameIsKept() throws InterruptedException {
        SessionMailbox mailbox = new SessionMailbox();
        Frame first = frame(0);
        Frame third = frame(2);
        Frame fifth = frame(4);
        CameraEvent.FrameUnreadable problem = new CameraEvent.FrameUnreadable("b.png", "broken");

        mailbox.post(new CameraEvent.Opened("cam", Resolution.VGA));
        mailbox.offerFrame(first);
        mailbox.post(problem);
        mailbox.offerFrame(frame(1));
        mailbox.offerFrame(third);
        mailbox.offerFrame(frame(3));
        mailbox.offerFrame(fifth);
        mailbox.end();
        mailbox.offerFrame(frame(5));

        List<Object> taken = drain(mailbox);
        assertThat(taken).containsExactly(new CameraEvent.Opened("cam", Resolution.VGA), first, problem, fifth,
                SessionMailbox.END);
        assertThat(mailbox.closedEvent()).isEqualTo(new CameraEvent.Closed(2, 3));
        assertThat(third).isNotIn(taken);
    }

    @Test
    void unreadableFramesWaitingForAStuckListenerAreCapped() throws InterruptedException {
        SessionMailbox mailbox = new SessionMailbox();
        for (int i = 0; i < 1_000; i++) {
            mailbox.offerFrame(frame(i));
            mailbox.post(new CameraEvent.FrameUnreadable("broken-" + i + ".png", "broken"));
        }
        mailbox.post(new CameraEvent.StreamEnded("cam", 1_000));
        mailbox.end();

        List<Object> taken = drain(mailbox);
        assertThat(taken).filteredOn(CameraEvent.FrameUnreadable.class::isInstance)
                .hasSize(SessionMailbox.MAX_PENDING_PROBLEMS);
        assertThat(taken).hasSizeLessThanOrEqualTo(2 * SessionMailbox.MAX_PENDING_PROBLEMS + 3);
        assertThat(taken.get(taken.size() - 2)).isInstanceOf(CameraEvent.StreamEnded.class);
    }
}

package org.huzhu.devices.camera;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What waits for one session's listener: events in order, and at most one frame, the latest (a frame arriving while
 * one is waiting replaces it and counts as dropped). When an event is posted while a frame waits, the frame is moved
 * into the queue ahead of it, so the listener sees frames and events in the order they happened. Each event pins at
 * most one frame; a session has a handful of lifecycle events, and at most {@value #MAX_PENDING_PROBLEMS}
 * {@link CameraEvent.FrameUnreadable} wait at once (more are dropped: a folder of broken files played in a loop to a
 * stuck listener), so nothing grows without bound.
 *
 * <p>Thread-safe: the capture thread posts, the session's listener thread takes.
 */
final class SessionMailbox {

    /** Marks the end of the session; the taker turns it into {@link CameraEvent.Closed}. */
    static final Object END = new Object();

    static final int MAX_PENDING_PROBLEMS = 8;

    private final Deque<Object> queue = new ArrayDeque<>();
    private int pendingProblems;
    private Frame latestFrame;
    private boolean ended;
    private long framesDelivered;
    private long framesDropped;

    synchronized void offerFrame(Frame frame) {
        if (ended) {
            return;
        }
        if (latestFrame != null) {
            framesDropped++;
        }
        latestFrame = frame;
        notifyAll();
    }

    synchronized void post(CameraEvent event) {
        if (ended) {
            return;
        }
        if (event instanceof CameraEvent.FrameUnreadable) {
            if (pendingProblems >= MAX_PENDING_PROBLEMS) {
                return;
            }
            pendingProblems++;
        }
        pinLatestFrame();
        queue.addLast(event);
        notifyAll();
    }

    /** No event or frame is accepted after this; the taker gets everything before it, then {@link #END}. */
    synchronized void end() {
        if (ended) {
            return;
        }
        pinLatestFrame();
        queue.addLast(END);
        ended = true;
        notifyAll();
    }

    /** The next event, frame or {@link #END}, waiting for one. */
    synchronized Object take() throws InterruptedException {
        while (queue.isEmpty() && latestFrame == null) {
            wait();
        }
        Object next;
        if (!queue.isEmpty()) {
            next = queue.removeFirst();
        } else {
            next = latestFrame;
            latestFrame = null;
        }
        if (next instanceof Frame) {
            framesDelivered++;
        } else if (next instanceof CameraEvent.FrameUnreadable) {
            pendingProblems--;
        }
        return next;
    }

    synchronized CameraEvent.Closed closedEvent() {
        return new CameraEvent.Closed(framesDelivered, framesDropped);
    }

    synchronized long framesDropped() {
        return framesDropped;
    }

    private void pinLatestFrame() {
        if (latestFrame != null) {
            queue.addLast(latestFrame);
            latestFrame = null;
        }
    }
}

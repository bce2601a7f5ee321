package org.huzhu.devices.camera.testsupport;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.Frame;

/** TEST SUPPORT. Records what a camera session delivers, in order, and on which threads. */
public class CameraRecorder implements CameraListener {

    /** How long a test waits for an event before it fails (generous: 2 shared cores). */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<Object> all = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<CameraEvent> pendingEvents = new LinkedBlockingQueue<>();
    private final Set<String> threadNames = ConcurrentHashMap.newKeySet();

    @Override
    public void onCameraEvent(CameraEvent event) {
        threadNames.add(Thread.currentThread().getName());
        all.add(event);
        pendingEvents.add(event);
    }

    @Override
    public void onFrame(Frame frame) {
        threadNames.add(Thread.currentThread().getName());
        all.add(frame);
    }

    /** Waits for the next event of {@code type}, skipping other events; fails the test after {@link #PATIENCE}. */
    public <T extends CameraEvent> T await(Class<T> type) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                CameraEvent event = pendingEvents.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    return fail("no " + type.getSimpleName() + " within " + PATIENCE + "; got " + events());
                }
                if (type.isInstance(event)) {
                    return type.cast(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Frames and events in the order they arrived. */
    public List<Object> delivered() {
        return List.copyOf(all);
    }

    public List<Frame> frames() {
        List<Frame> frames = new ArrayList<>();
        all.forEach(item -> {
            if (item instanceof Frame frame) {
                frames.add(frame);
            }
        });
        return frames;
    }

    public List<CameraEvent> events() {
        List<CameraEvent> events = new ArrayList<>();
        all.forEach(item -> {
            if (item instanceof CameraEvent event) {
                events.add(event);
            }
        });
        return events;
    }

    public Set<String> threadNames() {
        return Set.copyOf(threadNames);
    }
}

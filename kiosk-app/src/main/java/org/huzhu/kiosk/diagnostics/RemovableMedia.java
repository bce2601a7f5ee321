package org.huzhu.kiosk.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a USB stick shows up: Debian's desktop and udisks mount removable media under {@code /media/<user>/<label>}
 * (and some set-ups under {@code /run/media/<user>/<label>}). The first writable folder found there is the stick.
 * A kiosk session without automounting has none: the maintenance screen then says to put a stick in, and the
 * technician can use {@code huzhu-kiosk diagnostics --out} instead.
 */
public final class RemovableMedia {

    private final List<Path> roots;

    private RemovableMedia(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The system's places. */
    public static RemovableMedia system() {
        return new RemovableMedia(List.of(Path.of("/media"), Path.of("/run/media")));
    }

    /** Sticks are the folders two levels under {@code root} (tests, and the demo's pretend stick). */
    public static RemovableMedia under(Path root) {
        return new RemovableMedia(List.of(root));
    }

    /** The first mounted stick that can be written to. Blocking (it looks at the file system). */
    public Optional<Path> firstWritable() {
        for (Path root : roots) {
            try (Stream<Path> users = Files.list(root)) {
                for (Path user : users.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> sticks = Files.list(user)) {
                        Optional<Path> stick = sticks.filter(Files::isDirectory).filter(Files::isWritable).sorted()
                                .findFirst();
                        if (stick.isPresent()) {
                            return stick;
                        }
                    }
                }
            } catch (IOException e) {
                // no such place, or not ours to read: no stick there
            }
        }
        return Optional.empty();
    }
}

package org.huzhu.devices.card.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Hex;

/**
 * TEST SUPPORT. Canned exchanges (ADR 0004 level 1): each command must be the next one scripted, and gets the
 * scripted answer. An unexpected command fails the test. Not thread-safe.
 */
public final class ScriptedChannel implements ApduChannel {

    private final Deque<String[]> script = new ArrayDeque<>();
    private final List<String> sent = new ArrayList<>();

    /** Pairs of hex strings: command, response, command, response, ... */
    public static ScriptedChannel of(String... commandsAndResponses) {
        if (commandsAndResponses.length % 2 != 0) {
            throw new IllegalArgumentException("commands and responses come in pairs");
        }
        ScriptedChannel channel = new ScriptedChannel();
        for (int i = 0; i < commandsAndResponses.length; i += 2) {
            channel.script.add(new String[] {norm(commandsAndResponses[i]), norm(commandsAndResponses[i + 1])});
        }
        return channel;
    }

    @Override
    public byte[] transmit(byte[] command) throws CardIOException {
        String hex = Hex.of(command);
        sent.add(hex);
        String[] next = script.poll();
        if (next == null) {
            throw new AssertionError("unscripted command " + hex + " after " + sent);
        }
        if (!next[0].equals(hex)) {
            throw new AssertionError("expected command " + next[0] + " but got " + hex);
        }
        return Hex.parse(next[1]);
    }

    public boolean finished() {
        return script.isEmpty();
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }

    private static String norm(String hex) {
        return hex.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}

package org.huzhu.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An operator's terminal for command tests: runs {@code huzhu-server} commands in-process, as
 * {@code java -jar huzhu-server.jar …} would, and keeps what the last one printed. Not thread-safe.
 */
final class Console {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env;

    /** @param env the environment the commands see ({@code USER} names the operator) */
    Console(Map<String, String> env) {
        this.env = env;
    }

    /** The exit code of one command; what it printed replaces what the last one did. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), env).run(List.of(args));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

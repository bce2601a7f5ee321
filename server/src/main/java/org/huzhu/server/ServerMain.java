package org.huzhu.server;

import java.util.List;
import org.huzhu.server.cli.Cli;

/** Entry point of {@code huzhu-server.jar}: {@code serve}, {@code enrol-code}, {@code stats}, {@code revoke}. */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) {
        int exitCode = new Cli(System.out, System.err, System.getenv()).run(List.of(args));
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}

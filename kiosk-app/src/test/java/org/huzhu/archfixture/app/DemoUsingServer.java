package org.huzhu.archfixture.app;

import org.huzhu.server.app.HuzhuServer;

/** Fixture: the demo wiring, which may use the server module. */
public class DemoUsingServer {

    public int port(HuzhuServer server) {
        return server.port();
    }
}

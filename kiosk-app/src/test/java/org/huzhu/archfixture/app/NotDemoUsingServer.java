package org.huzhu.archfixture.app;

import org.huzhu.server.app.HuzhuServer;

/** Fixture: breaks "the server module only in the demo wiring" inside the app package, without being demo wiring. */
public class NotDemoUsingServer {

    public int port(HuzhuServer server) {
        return server.port();
    }
}

package org.huzhu.archfixture.domain;

import org.huzhu.server.app.HuzhuServer;

/** Fixture: breaks "the server module only in the demo wiring" from outside the app package. */
public class DomainUsingServer {

    public int port(HuzhuServer server) {
        return server.port();
    }
}

package org.huzhu.protocol.sync;

import java.time.Instant;

/** {@code POST /v1/heartbeat} answer: the server's clock when it stored the heartbeat (the kiosk's clock check). */
public record HeartbeatAnswer(Instant serverTime) {
}

package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff take a posted notice off the kiosks' home screens before its end date. Staff only; accepted once per notice,
 * for a notice the server accepted (docs/protocol.md §7).
 */
public record NoticeWithdrawn(UUID noticeId) implements Payload {

    public NoticeWithdrawn {
        Checks.present("noticeId", noticeId);
    }
}

package org.huzhu.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.StaffQuerySignature;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.TestKiosk;
import org.huzhu.server.testsupport.TestStaff;

/**
 * A staff station's GET written on a socket, signed by its kiosk and on a staff card, so a target {@link java.net.URI}
 * would refuse to send (bad percent-encoding, raw bytes) reaches the server as a hostile client would send it.
 */
final class RawStaffRequest {

    private RawStaffRequest() {
    }

    static RawExchange.Answer get(int port, TestKiosk kiosk, TestStaff staff, String target) throws IOException {
        RequestSignature signature = ApiClient.signature(kiosk, "GET", target, new byte[0], Instant.now());
        String staffSignature = HexFormat.of().formatHex(staff.sign(StaffQuerySignature.content(kiosk.suite(),
                signature, "GET", target, new byte[0])));
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + header(RequestSignature.HEADER_KIOSK, signature.kioskId())
                + header(RequestSignature.HEADER_TIMESTAMP, signature.timestamp().toString())
                + header(RequestSignature.HEADER_NONCE, signature.nonce())
                + header(RequestSignature.HEADER_SIGNATURE, signature.signature())
                + header(StaffQuerySignature.HEADER_STAFF_KEY, staff.fingerprint())
                + header(StaffQuerySignature.HEADER_STAFF_SIGNATURE, staffSignature) + "\r\n";
        return RawExchange.exchange(port, request.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(String name, String value) {
        return name + ": " + value + "\r\n";
    }
}

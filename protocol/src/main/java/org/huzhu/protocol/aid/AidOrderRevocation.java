package org.huzhu.protocol.aid;

/** The body of {@code POST /v1/aid/orders/{orderId}/revoke}: why the charity revokes its order (1..200 characters). */
public record AidOrderRevocation(String reason) {
}

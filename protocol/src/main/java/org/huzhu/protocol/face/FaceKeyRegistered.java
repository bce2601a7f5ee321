package org.huzhu.protocol.face;

/**
 * {@code PUT /v1/face/kiosk-key} answer (docs/protocol.md §14).
 *
 * @param changed the key differs from the one registered before (or none was): ask for every template again
 */
public record FaceKeyRegistered(boolean changed) {
}

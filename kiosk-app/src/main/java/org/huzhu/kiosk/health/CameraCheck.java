package org.huzhu.kiosk.health;

import org.huzhu.kiosk.signin.CameraSignInService;

/**
 * The camera, registered only on a station that has one configured: failing when the last look found it missing.
 * The camera is opened only while someone looks, so between looks this is the last thing the kiosk knew.
 */
final class CameraCheck implements HealthCheck {

    private final CameraSignInService camera;

    CameraCheck(CameraSignInService camera) {
        this.camera = camera;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.CAMERA;
    }

    @Override
    public CheckResult check() {
        return camera.cameraMissing() ? CheckResult.failing(kind(), "health.reason.camera.missing")
                : CheckResult.ok(kind(), "health.reason.camera.ready");
    }
}

package org.huzhu.kiosk.app;

/** The kiosk's version, from its jar's manifest ({@code Implementation-Version}); "development" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}

package org.huzhu.kiosk.testsupport;

/** Stands in for the kiosk jar in the launcher-script test: prints which Java runs it, and its arguments. */
public final class PrintJavaVersion {

    private PrintJavaVersion() {
    }

    public static void main(String[] args) {
        System.out.println("java " + Runtime.version().feature() + " args " + String.join(" ", args));
    }
}

package org.huzhu.kiosk.sync;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server whose own certificate (the first of the chain) has the pinned SHA-256, and no other. It is an
 * {@link X509ExtendedTrustManager} on purpose: for such a trust manager the JDK leaves the host-name check to it, and
 * with a pin there is none (see {@link CertificatePin} for why). Never trusts clients: a kiosk accepts no connections.
 */
final class PinnedTrustManager extends X509ExtendedTrustManager {

    private final CertificatePin pin;

    PinnedTrustManager(CertificatePin pin) {
        this.pin = pin;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        CertificatePin presented = CertificatePin.of(chain[0]);
        if (!presented.equals(pin)) {
            throw new CertificateException("the server's certificate has SHA-256 " + presented.sha256Hex()
                    + ", not the pinned " + pin.sha256Hex());
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a kiosk accepts no client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

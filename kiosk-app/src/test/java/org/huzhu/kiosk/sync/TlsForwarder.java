package org.huzhu.kiosk.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.huzhu.protocol.crypto.SelfSignedCertificates;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * A TLS-terminating forwarder on loopback, as a reverse proxy in front of the reference server would be: accepts
 * https with a fresh self-signed certificate (named {@code huzhu.example}, not the address used to reach it) and
 * pipes the plain bytes to the server's port.
 */
final class TlsForwarder implements AutoCloseable {

    private final SSLServerSocket listener;
    private final X509Certificate certificate;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TlsForwarder(SSLServerSocket listener, X509Certificate certificate, int targetPort) {
        this.listener = listener;
        this.certificate = certificate;
        this.targetPort = targetPort;
        Thread.ofVirtual().name("tls-accept").start(this::acceptLoop);
    }

    static TlsForwarder start(int targetPort) throws Exception {
        KeyPair keys = SignatureSuites.ED25519_SHA256.generateKeyPair();
        // Re-read by the JDK: JSSE picks a key by the certificate key's JDK algorithm name ("EdDSA"), which the
        // Bouncy Castle object it was built as does not report.
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(SelfSignedCertificates.create(SignatureSuites.ED25519_SHA256, keys,
                        "huzhu.example").getEncoded()));
        char[] password = "forwarder".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", keys.getPrivate(), password, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
        keyManagers.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new TlsForwarder(listener, certificate, targetPort);
    }

    int port() {
        return listener.getLocalPort();
    }

    X509Certificate certificate() {
        return certificate;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private void acceptLoop() {
        try (ServerSocket ignored = listener) {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                Thread.ofVirtual().start(() -> pipe(client, server));
                Thread.ofVirtual().start(() -> pipe(server, client));
            }
        } catch (IOException e) {
            // closed: the test is over
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed (a refused handshake, or the end of the test): close the other
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}

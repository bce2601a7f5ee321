package org.huzhu.devices.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** A network printer's raw port (9100 by convention, "JetDirect"); status answers come back on the same socket. */
public final class SocketTransport implements PrinterTransport {

    public static final int RAW_PORT = 9100;

    private final String host;
    private final int port;
    private final Duration connectTimeout;

    public SocketTransport(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            if (socket.getLocalSocketAddress().equals(socket.getRemoteSocketAddress())) {
                // TCP's simultaneous open: a loopback port nobody listens on, picked as this socket's own source
                // port, "connects" to itself and would echo the status query back as an answer.
                throw new java.net.ConnectException("nothing listens on " + host + ":" + port);
            }
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public Optional<Integer> readAnswer(Duration timeout) throws IOException {
                socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
                try {
                    int b = in.read();
                    if (b < 0) {
                        throw new IOException("the printer closed the connection");
                    }
                    return Optional.of(b);
                } catch (SocketTimeoutException e) {
                    return Optional.empty();
                }
            }

            @Override
            public boolean answers() {
                return true;
            }

            @Override
            public void close() throws IOException {
                socket.close();
            }
        };
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }
}

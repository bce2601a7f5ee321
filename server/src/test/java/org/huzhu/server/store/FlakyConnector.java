package org.huzhu.server.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real connections that fail when told to, as a database that restarts or a disk that errs would: the next call of
 * a chosen method throws the given exception, and if that exception is one a dead connection gives (SQLState class
 * 08), every later call but {@code close} fails the same way and {@code isValid} says false. Can also refuse to
 * connect at all. Not thread-safe: used under the {@link Database}'s lock.
 */
final class FlakyConnector implements Connector {

    private final Connector real;
    private final List<Connection> opened = new ArrayList<>();
    private String failingMethod;
    private SQLException failure;
    private boolean refusing;
    private boolean dead;

    FlakyConnector(StoreTarget target) {
        this.real = Connector.of(target);
    }

    /** The next call of {@code method} on the current connection throws {@code failure}. */
    void failNext(String method, SQLException failure) {
        this.failingMethod = method;
        this.failure = failure;
    }

    void refuseConnections(boolean refusing) {
        this.refusing = refusing;
    }

    /** The real connections opened so far, oldest first. */
    List<Connection> opened() {
        return opened;
    }

    static SQLException connectionLost() {
        return new SQLException("An I/O error occurred while sending to the backend.", "08006");
    }

    @Override
    public Connection open() throws SQLException {
        if (refusing) {
            throw new SQLException("Connection refused", "08001");
        }
        Connection connection = real.open();
        opened.add(connection);
        dead = false;
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> {
                    String name = method.getName();
                    if (connection != opened.getLast() || dead) {
                        return switch (name) {
                            case "close", "isClosed" -> call(connection, method, args);
                            case "isValid" -> false;
                            default -> throw connectionLost();
                        };
                    }
                    if (name.equals(failingMethod)) {
                        failingMethod = null;
                        dead = failure.getSQLState() != null && failure.getSQLState().startsWith("08");
                        throw failure;
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Connection connection, java.lang.reflect.Method method, Object[] args)
            throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

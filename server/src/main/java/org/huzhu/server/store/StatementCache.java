package org.huzhu.server.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the prepared statements of one connection for reuse: ingest runs a dozen statements per transaction, and
 * preparing each anew cost SQLite about as much as running it. {@link #connection()} is the connection as the store's
 * code sees it: its {@code prepareStatement(sql)} hands out the cached statement for that text, and closing that
 * statement only clears its parameters and batch so the next caller starts clean. A text already in use (a query run
 * again while its first result is open) gets an ordinary statement. Every statement text in the store is a constant,
 * so the cache stays small; it stops growing at {@link #MAX_STATEMENTS} all the same. Not thread-safe: used under the
 * {@link Database}'s lock.
 */
final class StatementCache implements AutoCloseable {

    static final int MAX_STATEMENTS = 200;

    /** A cached statement and whether a caller holds it now. */
    private static final class Entry {
        final PreparedStatement statement;
        final PreparedStatement lease;
        boolean leased;

        Entry(PreparedStatement statement) {
            this.statement = statement;
            this.lease = proxy(PreparedStatement.class, (self, method, args) -> {
                switch (method.getName()) {
                    case "close" -> {
                        if (leased) {
                            leased = false;
                            statement.clearBatch();
                            statement.clearParameters();
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return !leased;
                    }
                    default -> {
                        return call(statement, method, args);
                    }
                }
            });
        }
    }

    private final Connection connection;
    private final Connection view;
    private final Map<String, Entry> entries = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
        this.view = proxy(Connection.class, (self, method, args) ->
                method.getName().equals("prepareStatement") && args.length == 1
                        ? prepare((String) args[0])
                        : call(connection, method, args));
    }

    /** The connection with cached statements, for work inside {@link Database#inTransaction}. */
    Connection connection() {
        return view;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Entry entry = entries.get(sql);
        if (entry == null) {
            if (entries.size() >= MAX_STATEMENTS) {
                return connection.prepareStatement(sql);
            }
            entry = new Entry(connection.prepareStatement(sql));
            entries.put(sql, entry);
        }
        if (entry.leased) {
            return connection.prepareStatement(sql);
        }
        entry.leased = true;
        return entry.lease;
    }

    /** Closes the cached statements (not the connection). */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Entry entry : entries.values()) {
            try {
                entry.statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        entries.clear();
        if (first != null) {
            throw first;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Calls through to the real object, throwing what it throws (not the reflection wrapper). */
    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package org.huzhu.kiosk.sync;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The addresses of one server's nodes, in the order a kiosk tries them (issue 16): the nodes share one database and
 * one server key, so any of them may take any request, and a receipt from one is as good as from another. Immutable.
 */
public record ServerAddresses(List<URI> all) {

    public ServerAddresses {
        Objects.requireNonNull(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a server needs at least one address");
        }
        all = List.copyOf(new LinkedHashSet<>(all)); // the same node twice would only be tried twice
    }

    public static ServerAddresses of(URI address) {
        return new ServerAddresses(List.of(address));
    }

    /** The address tried first. */
    public URI first() {
        return all.getFirst();
    }

    public int size() {
        return all.size();
    }

    @Override
    public String toString() {
        return all.stream().map(URI::toString).collect(Collectors.joining(", "));
    }
}

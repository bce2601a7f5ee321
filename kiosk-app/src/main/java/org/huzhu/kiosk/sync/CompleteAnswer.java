package org.huzhu.kiosk.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import org.huzhu.protocol.sync.MayBeNull;

/**
 * The protocol's rule that an answer's members all have values except the few that may say nothing, marked
 * {@link MayBeNull} in the protocol's records (docs/protocol.md §2 "Answers"). The JSON reader already refuses missing and
 * unknown members; a member sent as {@code null} reaches the record, and would surface later as a
 * NullPointerException in the sync thread. Checked once, here, for every answer and everything nested in it.
 */
final class CompleteAnswer {

    private CompleteAnswer() {
    }

    /** The name of the first member that is {@code null} without being allowed to be, if any. */
    static Optional<String> missingMember(Object answer) {
        if (answer instanceof Collection<?> items) {
            for (Object item : items) {
                if (item == null) {
                    return Optional.of("an element of a list");
                }
                var missing = missingMember(item);
                if (missing.isPresent()) {
                    return missing;
                }
            }
            return Optional.empty();
        }
        if (!answer.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : answer.getClass().getRecordComponents()) {
            Object value = value(component, answer);
            if (value == null) {
                if (!component.isAnnotationPresent(MayBeNull.class)) {
                    return Optional.of(component.getName());
                }
                continue;
            }
            var missing = missingMember(value);
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

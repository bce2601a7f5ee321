package org.huzhu.server.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --option VALUE …} after the command: options that each take one value, only the allowed ones, once each. */
record Arguments(Map<String, String> options) {

    static Arguments parse(List<String> args, Set<String> allowed) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!allowed.contains(option)) {
                throw new UsageException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            if (options.put(option, args.get(i + 1)) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        return new Arguments(options);
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    String value(String option) throws UsageException {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required");
        }
        return value;
    }

    String value(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    /** A whole number in {@code min..max}, or {@code fallback} when the option is absent. */
    long number(String option, long fallback, long min, long max) throws UsageException {
        if (!options.containsKey(option)) {
            return fallback;
        }
        try {
            long number = Long.parseLong(options.get(option));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number from " + min + " to " + max);
    }

    boolean flag(String option, boolean fallback) throws UsageException {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException(option + " must be true or false");
        };
    }
}

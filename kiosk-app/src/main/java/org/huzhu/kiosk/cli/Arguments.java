package org.huzhu.kiosk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code COMMAND --option VALUE …}: one positional command, then options that each take one value. */
record Arguments(String command, Map<String, String> options) {

    static Arguments parse(List<String> args, List<String> allowed) throws UsageException {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException("a command is needed");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!allowed.contains(option)) {
                throw new UsageException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            options.put(option, args.get(i + 1));
        }
        return new Arguments(args.get(0), options);
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

    Path path(String option) throws UsageException {
        return Path.of(value(option));
    }

    int positiveInt(String option) throws UsageException {
        try {
            int number = Integer.parseInt(value(option));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number");
    }
}

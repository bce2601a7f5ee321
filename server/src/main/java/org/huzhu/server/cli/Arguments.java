package org.huzhu.server.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --option VALUE …} after the command: options that each take one value, only the allowed ones, once each;
 * where a command says so, switches that take no value ({@code --non-profit}) and options that may be given again
 * ({@code --document FILE --document FILE}).
 */
record Arguments(Map<String, String> options, Map<String, List<String>> repeated, Set<String> switches) {

    static Arguments parse(List<String> args, Set<String> allowed) throws UsageException {
        return parse(args, allowed, Set.of(), Set.of());
    }

    /**
     * @param switches   options without a value, given at most once
     * @param repeatable options with a value that may be given more than once ({@link #values})
     */
    static Arguments parse(List<String> args, Set<String> allowed, Set<String> switches, Set<String> repeatable)
            throws UsageException {
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (switches.contains(option)) {
                if (!given.add(option)) {
                    throw new UsageException(option + " is given twice");
                }
                i--; // a switch takes no value
                continue;
            }
            if (!allowed.contains(option) && !repeatable.contains(option)) {
                throw new UsageException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            if (repeatable.contains(option)) {
                repeated.computeIfAbsent(option, name -> new ArrayList<>()).add(args.get(i + 1));
            } else if (options.put(option, args.get(i + 1)) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        return new Arguments(options, repeated, given);
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    /** Whether a switch was given. */
    boolean given(String option) {
        return switches.contains(option);
    }

    /** Every value of a repeatable option, in the order given; empty if it was not given. */
    List<String> values(String option) {
        return List.copyOf(repeated.getOrDefault(option, List.of()));
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

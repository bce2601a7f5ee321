package org.huzhu.server.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.staff.CardKeyFile;
import org.huzhu.server.staff.StaffMember;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * {@code staff add|list|suspend|reinstate|revoke}: the operator's side of the staff registry. Every change is an
 * audited event with who made it ({@code --by}, else the login name) and why.
 */
final class StaffCommands {

    static final String USAGE = """
              staff add       STORE --name NAME --role ROLE[,ROLE] --card-certificate FILE [--community C] [--by WHO]
                              [--hospital I-…]   (required for, and only for, hospital-desk: the hospital)
              staff list      STORE [--history true]
              staff suspend   ID STORE --reason TEXT [--by WHO]
              staff reinstate ID STORE --reason TEXT [--by WHO]
              staff revoke    ID STORE --reason TEXT [--by WHO]   (final)
                          ROLE is social-worker, coordinator or hospital-desk""";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;

    StaffCommands(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    int run(List<String> args) throws UsageException, StorageException {
        if (args.isEmpty()) {
            throw new UsageException("staff needs a subcommand: add, list, suspend, reinstate or revoke");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "add" -> add(rest);
            case "list" -> list(rest);
            case "suspend" -> change(rest, StaffRegistry.Change.SUSPENDED, "suspended");
            case "reinstate" -> change(rest, StaffRegistry.Change.REINSTATED, "reinstated");
            case "revoke" -> change(rest, StaffRegistry.Change.REVOKED, "revoked");
            default -> throw new UsageException("unknown staff subcommand '" + args.getFirst() + "'");
        };
    }

    private int add(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--name", "--role", "--card-certificate",
                "--community", "--by", "--hospital"));
        String name = text(args.value("--name"), "--name");
        Set<StaffRole> roles = roles(args.value("--role"));
        Optional<String> hospital = hospital(args, roles);
        String community = text(args.value("--community", ServerSettings.DEFAULT_COMMUNITY), "--community");
        String byWhom = byWhom(args);
        try {
            CardKeyFile card = CardKeyFile.read(Path.of(args.value("--card-certificate")));
            StaffMember member;
            try (Database database = Database.open(StoreOptions.parse(args, env))) {
                if (hospital.isPresent()) {
                    Institutions.inTransaction(database, connection -> Institutions.hospital(connection,
                            hospital.get()));
                }
                member = database.inTransaction(connection -> {
                    try {
                        return StaffRegistry.add(connection, name, roles, community, card.key(), card.certificate(),
                                hospital, now(), byWhom);
                    } catch (StaffRegistryException e) {
                        throw new RefusedChange(e);
                    }
                });
            }
            out.println("added " + describe(member));
            return Cli.EXIT_OK;
        } catch (StaffRegistryException e) {
            return refused(e);
        } catch (RefusedChange e) {
            return refused(e.refusal());
        } catch (InstitutionException e) {
            return InstitutionCommands.refused(err, e);
        }
    }

    /** {@code --hospital}: required for, and only for, the hospital-desk role. */
    private static Optional<String> hospital(Arguments args, Set<StaffRole> roles) throws UsageException {
        boolean desk = roles.contains(StaffRole.HOSPITAL_DESK);
        if (desk != args.has("--hospital")) {
            throw new UsageException(desk ? "--hospital I-… is required for the hospital-desk role: the hospital the"
                    + " desk staff member works for" : "--hospital goes only with the hospital-desk role");
        }
        return desk ? Optional.of(args.value("--hospital")) : Optional.empty();
    }

    private int list(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--history"));
        boolean history = args.flag("--history", false);
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            List<String> lines = database.inTransaction(connection -> {
                List<String> collected = new ArrayList<>();
                for (StaffMember member : StaffRegistry.list(connection)) {
                    collected.add(describe(member));
                    if (history) {
                        for (StaffRegistry.Event event : StaffRegistry.history(connection, member.staffId())) {
                            collected.add("  " + event.at() + " " + event.kind() + " by " + event.byWhom()
                                    + (event.reason().isEmpty() ? "" : ": " + event.reason()));
                        }
                    }
                }
                return collected;
            });
            out.println("staff " + lines.stream().filter(line -> !line.startsWith(" ")).count());
            lines.forEach(line -> out.println("  " + line));
        }
        return Cli.EXIT_OK;
    }

    private int change(List<String> options, StaffRegistry.Change change, String done)
            throws UsageException, StorageException {
        if (options.isEmpty() || options.getFirst().startsWith("--")) {
            throw new UsageException("give the staff id first, e.g. staff " + done.replace("ed", "") + " ST-… --db …");
        }
        String staffId = options.getFirst();
        Arguments args = Arguments.parse(options.subList(1, options.size()), StoreOptions.with("--reason", "--by"));
        String reason = text(args.value("--reason"), "--reason");
        String byWhom = byWhom(args);
        Instant at = now();
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            Optional<StaffMember> changed = database.inTransaction(connection -> {
                try {
                    return StaffRegistry.change(connection, staffId, change, at, byWhom, reason);
                } catch (StaffRegistryException e) {
                    throw new RefusedChange(e);
                }
            });
            if (changed.isEmpty()) {
                err.println("huzhu-server: no staff member " + staffId + " is registered here");
                return Cli.EXIT_CHECK_FAILED;
            }
            out.println(done + " " + staffId + " at " + at);
            return Cli.EXIT_OK;
        } catch (RefusedChange e) {
            return refused(e.refusal());
        }
    }

    /** A registry refusal carried out of a database transaction (which it rolls back) as an unchecked exception. */
    private static final class RefusedChange extends RuntimeException {
        private final StaffRegistryException refusal;

        RefusedChange(StaffRegistryException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        StaffRegistryException refusal() {
            return refusal;
        }
    }

    private int refused(StaffRegistryException e) {
        err.println("huzhu-server: " + e.getMessage());
        return Cli.EXIT_CHECK_FAILED;
    }

    static String describe(StaffMember member) {
        return member.staffId() + " " + member.status().storedName() + " "
                + member.roles().stream().map(StaffRole::wireName).sorted().collect(Collectors.joining(","))
                + " community " + member.community() + member.hospitalId().map(id -> " hospital " + id).orElse("")
                + " key " + member.keyFingerprint() + " added " + member.addedAt() + " " + member.name();
    }

    private static Set<StaffRole> roles(String value) throws UsageException {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : value.split(",")) {
            roles.add(StaffRole.fromWireName(name.strip()).orElseThrow(() -> new UsageException("unknown role '"
                    + name.strip() + "': use social-worker, coordinator or hospital-desk")));
        }
        return roles;
    }

    /** Free text for the registry: 1..200 characters, not only white space, no control characters. */
    private static String text(String value, String option) throws UsageException {
        if (value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException(option + " must be 1..200 characters without control characters");
        }
        return value.strip();
    }

    private String byWhom(Arguments args) throws UsageException {
        return text(args.value("--by", env.getOrDefault("USER", "operator")), "--by");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

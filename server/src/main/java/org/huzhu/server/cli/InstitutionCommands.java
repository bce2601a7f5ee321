package org.huzhu.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.server.institution.CheckedDocument;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionEvent;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.InstitutionKeyFile;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Registration;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * {@code institution register|check|suspend|reinstate|list}: the operator's side of the institution registry
 * (ADR 0015). Every change is an audited event with who made it and why; a check keeps each document's SHA-256.
 */
record InstitutionCommands(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {

    static final String USAGE = """
              institution register  STORE --kind charity|hospital --name NAME --registration NUMBER
                                    --representative NAME --bank BANK --account ACCOUNT
                                    --signing-key FILE --encryption-key FILE [--by WHO]
                                    (keys: PEM, base64 or DER SubjectPublicKeyInfo; Ed25519 or SM2 to sign,
                                    X25519 or SM2 to encrypt)
              institution check     STORE --id I-… --by WHO --document FILE [--document FILE …] [--non-profit]
                                    (a charity passes only with --non-profit: its registered non-profit status)
              institution suspend   STORE --id I-… --by WHO --reason TEXT
              institution reinstate STORE --id I-… --by WHO --reason TEXT
              institution list      STORE [--history true]""";

    int run(List<String> args) throws UsageException, StorageException {
        if (args.isEmpty()) {
            throw new UsageException("institution needs a subcommand: register, check, suspend, reinstate or list");
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "register" -> register(rest);
                case "check" -> check(rest);
                case "suspend" -> suspendOrReinstate(rest, true);
                case "reinstate" -> suspendOrReinstate(rest, false);
                case "list" -> list(rest);
                default -> throw new UsageException("unknown institution subcommand '" + args.getFirst() + "'");
            };
        } catch (InstitutionException e) {
            return refused(err, e);
        }
    }

    /** One sentence for a refused registry change, and the exit code of a change that did not apply. */
    static int refused(PrintStream err, InstitutionException e) {
        err.println("huzhu-server: " + e.getMessage());
        return Cli.EXIT_CHECK_FAILED;
    }

    private int register(List<String> options) throws UsageException, StorageException, InstitutionException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--kind", "--name", "--registration",
                "--representative", "--bank", "--account", "--signing-key", "--encryption-key", "--by"));
        InstitutionKind kind = InstitutionKind.fromStoredName(args.value("--kind"))
                .orElseThrow(() -> new UsageException("--kind must be charity or hospital"));
        String name = args.value("--name");
        String number = args.value("--registration");
        String representative = args.value("--representative");
        String bank = args.value("--bank");
        String account = args.value("--account");
        InstitutionKeyFile.SigningKey signing = InstitutionKeyFile.signingKey(Path.of(args.value("--signing-key")));
        InstitutionKeyFile.EncryptionKey encryption = InstitutionKeyFile.encryptionKey(
                Path.of(args.value("--encryption-key")));
        Registration registration = new Registration(kind, name, number, representative, bank, account,
                signing.suite(), signing.key(), encryption.scheme(), encryption.key());
        String byWhom = args.value("--by", env.getOrDefault("USER", "operator"));
        Institution institution;
        try (Database database = Database.open(StoreOptions.parse(args, env))) {
            institution = Institutions.inTransaction(database, connection ->
                    Institutions.register(connection, registration, now(), byWhom));
        }
        out.println("registered " + describe(institution));
        err.println("It can do nothing until a qualification check passes: huzhu-server institution check --id "
                + institution.institutionId() + " --by WHO --document FILE"
                + (kind == InstitutionKind.CHARITY ? " --non-profit" : ""));
        return Cli.EXIT_OK;
    }

    private int check(List<String> options) throws UsageException, StorageException, InstitutionException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--id", "--by"), Set.of("--non-profit"),
                Set.of("--document"));
        String id = args.value("--id");
        String byWhom = args.value("--by");
        List<String> files = args.values("--document");
        if (files.isEmpty()) {
            throw new UsageException("name every document checked with --document FILE (at least one)");
        }
        List<CheckedDocument> documents = new ArrayList<>();
        for (String file : files) {
            documents.add(hashed(Path.of(file)));
        }
        boolean nonProfit = args.given("--non-profit");
        Institutions.Check check;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            check = Institutions.inTransaction(database, connection ->
                    Institutions.check(connection, id, documents, nonProfit, now(), byWhom));
        }
        if (!check.passed()) {
            out.println("checked " + describe(check.institution()));
            err.println("huzhu-server: the check was recorded but did not pass: a charity must be a registered "
                    + "non-profit (confirm it with --non-profit); " + id + " is still " + check.institution().status()
                    .storedName());
            return Cli.EXIT_CHECK_FAILED;
        }
        out.println("checked " + describe(check.institution()));
        return Cli.EXIT_OK;
    }

    private int suspendOrReinstate(List<String> options, boolean suspend)
            throws UsageException, StorageException, InstitutionException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--id", "--by", "--reason"));
        String id = args.value("--id");
        String byWhom = args.value("--by");
        String reason = args.value("--reason");
        Instant at = now();
        Institution changed;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            changed = Institutions.inTransaction(database, connection -> suspend
                    ? Institutions.suspend(connection, id, at, byWhom, reason)
                    : Institutions.reinstate(connection, id, at, byWhom, reason));
        }
        out.println((suspend ? "suspended " : "reinstated ") + id + " at " + at + ", now "
                + changed.status().storedName());
        return Cli.EXIT_OK;
    }

    private int list(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--history"));
        boolean history = args.flag("--history", false);
        List<String> lines = new ArrayList<>();
        int count;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            count = database.inTransaction(connection -> {
                List<Institution> all = Institutions.list(connection);
                for (Institution institution : all) {
                    lines.add(describe(institution));
                    if (history) {
                        for (InstitutionEvent event : Institutions.history(connection, institution.institutionId())) {
                            lines.add("  " + describe(event));
                        }
                    }
                }
                return all.size();
            });
        }
        out.println("institutions " + count);
        lines.forEach(line -> out.println("  " + line));
        return Cli.EXIT_OK;
    }

    static String describe(Institution institution) {
        return institution.institutionId() + " " + institution.status().storedName() + " "
                + institution.kind().storedName() + " registration " + institution.registrationNumber() + " signing "
                + institution.signingSuite().id() + " encryption " + institution.encryptionScheme().id() + " "
                + institution.name();
    }

    private static String describe(InstitutionEvent event) {
        StringBuilder line = new StringBuilder(event.at() + " " + event.kind() + " by " + event.byWhom());
        if (event.nonProfit()) {
            line.append(", non-profit confirmed");
        }
        if (!event.reason().isEmpty()) {
            line.append(": ").append(event.reason());
        }
        event.documents().forEach(document -> line.append("; ").append(document.name()).append(" sha256 ")
                .append(document.sha256()));
        return line.toString();
    }

    /** A document by its file name and SHA-256, read as a stream (scans can be large). */
    private static CheckedDocument hashed(Path file) throws InstitutionException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return new CheckedDocument(file.getFileName().toString(),
                    HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new InstitutionException(InstitutionException.Reason.INVALID, "cannot read the document " + file
                    + " (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

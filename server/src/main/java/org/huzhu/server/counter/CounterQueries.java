package org.huzhu.server.counter;

import java.util.Base64;
import java.util.Comparator;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.AidInstitutions;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionStatus;
import org.huzhu.server.institution.Institutions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.counter.CounterStaff;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The counter's queries (docs/protocol.md §11), each from the raw query text of its request, which is checked first
 * (400 {@code invalid-request}), then answered in one read of the database. The caller has authenticated the kiosk
 * and the staff member. Thread-safe.
 */
public final class CounterQueries {

    private static final Set<String> SESSION_PARAMETERS = Paging.with("status");
    private static final Set<String> RESIDENT_PARAMETERS = Paging.with("q");
    private static final Set<String> STATEMENT_PARAMETERS = Paging.with("residentId");
    private static final Set<String> REPORT_PARAMETERS = Set.of("from", "to", "inactiveDays");
    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final int MAX_REPORT_DAYS = 366;
    static final int DEFAULT_INACTIVE_DAYS = 90;

    private final Database database;
    private final ZoneId zone;

    /** @param zone the community's time zone, whose days the report counts */
    public CounterQueries(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    public Page<VolunteerSession> volunteerSessions(String rawQuery) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(rawQuery, SESSION_PARAMETERS);
        String status = query.text("status").orElse("waiting");
        if (!status.equals("waiting") && !status.equals("all")) {
            throw QueryParameters.invalid("status must be waiting or all");
        }
        Paging paging = Paging.of(query);
        return database.inTransaction(connection -> VolunteerSessionList.page(connection, status.equals("waiting"),
                paging));
    }

    public Page<ResidentSummary> residents(String rawQuery) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(rawQuery, RESIDENT_PARAMETERS);
        String q = query.text("q").orElse("").strip();
        int length = q.codePointCount(0, q.length());
        if (length < 1 || length > ResidentSearch.MAX_QUERY_LENGTH) {
            throw QueryParameters.invalid("q is required: 1.." + ResidentSearch.MAX_QUERY_LENGTH
                    + " characters besides white space at either end");
        }
        Paging paging = Paging.of(query);
        return database.inTransaction(connection -> ResidentSearch.page(connection, q, paging));
    }

    /** Who signed the question (authenticated already, with their roles now); it takes no parameters. */
    public CounterStaff staff(String rawQuery, String staffId, Set<StaffRole> roles) throws ApiException {
        QueryParameters.parse(rawQuery, Set.of());
        return new CounterStaff(staffId, roles.stream().sorted().map(StaffRole::wireName).toList());
    }

    public Page<Rejection> rejections(String rawQuery) throws ApiException, StorageException {
        Paging paging = Paging.of(QueryParameters.parse(rawQuery, Paging.NAMES));
        return database.inTransaction(connection -> RejectionList.page(connection, paging));
    }

    public Report report(String rawQuery) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(rawQuery, REPORT_PARAMETERS);
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw QueryParameters.invalid("from must be on or before to, and the range at most " + MAX_REPORT_DAYS
                    + " days");
        }
        int inactiveDays = (int) query.integer("inactiveDays", 1, 3650, DEFAULT_INACTIVE_DAYS);
        ReportQuery.Range range = new ReportQuery.Range(from, to, zone);
        return database.inTransaction(connection -> ReportQuery.of(connection, range, inactiveDays));
    }

    public Statement statement(String rawQuery) throws ApiException, StorageException {
        QueryParameters query = QueryParameters.parse(rawQuery, STATEMENT_PARAMETERS);
        String residentId = query.text("residentId").orElse("");
        if (!UUID_TEXT.matcher(residentId).matches()) {
            throw QueryParameters.invalid("residentId is required: a UUID in lower case");
        }
        Paging paging = Paging.of(query);
        return database.inTransaction(connection -> StatementQuery.of(connection, residentId, paging))
                .orElseThrow(() -> new ApiException(404, Codes.UNKNOWN_RESIDENT, "resident " + residentId
                        + " was never enrolled at this server"));
    }

    /**
     * The charities and hospitals that may act now, by kind and name, each with the key a counter seals an
     * application's documents to (§12.5). Takes no parameters.
     */
    public AidInstitutions institutions(String rawQuery) throws ApiException, StorageException {
        QueryParameters.parse(rawQuery, Set.of());
        return database.inTransaction(connection -> new AidInstitutions(Institutions.list(connection).stream()
                .filter(institution -> institution.status() == InstitutionStatus.AUDITED)
                .sorted(Comparator.comparing(Institution::kind).thenComparing(Institution::name))
                .map(institution -> new AidInstitution(institution.institutionId(),
                        institution.kind().storedName(), institution.name(), institution.encryptionScheme().id(),
                        Base64.getEncoder().encodeToString(institution.encryptionKey().getEncoded())))
                .toList()));
    }

    /** A required date, YYYY-MM-DD. */
    private static LocalDate date(QueryParameters query, String name) throws ApiException {
        String text = query.text(name).orElse("");
        if (!DATE.matcher(text).matches()) {
            throw QueryParameters.invalid(name + " is required: a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid(name + " is not a date: " + text);
        }
    }
}

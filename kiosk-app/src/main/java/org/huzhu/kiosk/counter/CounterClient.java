package org.huzhu.kiosk.counter;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.sync.CoSigner;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.SyncProblem;
import org.huzhu.protocol.aid.AidInstitutions;
import org.huzhu.protocol.aid.DeskStaff;
import org.huzhu.protocol.aid.DocumentReceived;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.counter.CounterStaff;
import org.huzhu.protocol.counter.IssuedResidentCode;
import org.huzhu.protocol.counter.ResidentCodeRequest;
import org.huzhu.protocol.counter.ResidentCodeRevocation;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.sync.StaffQuerySignature;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.huzhu.protocol.sync.SyncJson;

/**
 * A staff station's questions to the server: the counter's (docs/protocol.md §11) and the hospital desk's (§12), each
 * request signed by the station's kiosk key and on the signed-in staff member's card. Blocking (network and card):
 * call from a worker thread, never the FX thread. Thread-safe.
 */
public final class CounterClient implements AutoCloseable {

    /** Longer than the driver's own 10 s limit for a signature, so its typed failure is what arrives. */
    private static final long SIGNATURE_WAIT_SECONDS = 15;

    private final SyncClient client;

    /** @param client signs with this counter's kiosk key; closed with this */
    public CounterClient(SyncClient client) {
        this.client = client;
    }

    /** Volunteer sessions across the community's kiosks: only those waiting for staff, or all. */
    public Page<VolunteerSession> volunteerSessions(StaffSession staff, boolean waitingOnly, int offset, int limit)
            throws SyncException {
        return client.get("/v1/counter/volunteer-sessions?status=" + (waitingOnly ? "waiting" : "all")
                + paging(offset, limit), page(VolunteerSession.class), cardOf(staff));
    }

    /** Residents whose name, pinyin initials, member number or phone match {@code query} (1..40 characters). */
    public Page<ResidentSummary> residents(StaffSession staff, String query, int offset, int limit)
            throws SyncException {
        return client.get("/v1/counter/residents?q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8)
                + paging(offset, limit), page(ResidentSummary.class), cardOf(staff));
    }

    /** Transactions the server rejected, from every kiosk, newest first. */
    public Page<Rejection> rejections(StaffSession staff, int offset, int limit) throws SyncException {
        return client.get("/v1/counter/rejections?" + paging(offset, limit).substring(1), page(Rejection.class),
                cardOf(staff));
    }

    /** The centre's figures for the days {@code from}..{@code to}, both included. */
    public Report report(StaffSession staff, LocalDate from, LocalDate to, int inactiveDays) throws SyncException {
        return client.get("/v1/counter/report?from=" + from + "&to=" + to + "&inactiveDays=" + inactiveDays,
                SyncJson.MAPPER.constructType(Report.class), cardOf(staff));
    }

    /** A resident's balance and one page of their history, newest first. */
    public Statement statement(StaffSession staff, UUID residentId, int offset, int limit) throws SyncException {
        return client.get("/v1/counter/statement?residentId=" + residentId + paging(offset, limit),
                SyncJson.MAPPER.constructType(Statement.class), cardOf(staff));
    }

    /**
     * The signed-in staff member as the server's registry knows them now.
     *
     * @throws SyncException with the server's refusal when it does not accept their card at a counter
     */
    /** The server's face-template key (§14), which {@code FaceEnrolment} checks against the pinned receipt key. */
    public FaceKey serverFaceKey() throws SyncException {
        return client.get("/v1/face/server-key", SyncJson.MAPPER.constructType(FaceKey.class), CoSigner.NONE);
    }

    /** The charities and hospitals an application for aid may name (§12). */
    public AidInstitutions institutions(StaffSession staff) throws SyncException {
        return client.get("/v1/counter/institutions", SyncJson.MAPPER.constructType(AidInstitutions.class),
                cardOf(staff));
    }

    /** Hands a supporting document, sealed to its charity, to the server (§12.5); the same one again is no harm. */
    public void upload(StaffSession staff, SealedDocument document) throws SyncException {
        client.post("/v1/counter/aid-documents", document, SyncJson.MAPPER.constructType(DocumentReceived.class),
                cardOf(staff));
    }

    /**
     * A new resident code for an enrolled, open resident (docs/protocol.md §13.2): its record and, this once, its
     * text ({@code HZ1:…}) to print or send.
     *
     * @param purpose {@code printed} (90 days) or {@code family-phone} (24 hours)
     */
    public IssuedResidentCode issueResidentCode(StaffSession staff, UUID residentId, ResidentCodePurpose purpose)
            throws SyncException {
        return client.post("/v1/counter/resident-codes", new ResidentCodeRequest(residentId.toString(),
                purpose.wireName()), SyncJson.MAPPER.constructType(IssuedResidentCode.class), cardOf(staff));
    }

    /** Every resident code of the resident, the newest first, with its status now. */
    public Page<ResidentCodeState> residentCodes(StaffSession staff, UUID residentId) throws SyncException {
        return client.get("/v1/counter/resident-codes?residentId=" + residentId, page(ResidentCodeState.class),
                cardOf(staff));
    }

    /** Revokes a resident code from now on (kiosks refuse it from their next snapshot); again is no harm. */
    public ResidentCodeState revokeResidentCode(StaffSession staff, String codeId, String reason)
            throws SyncException {
        return client.post("/v1/counter/resident-codes/" + URLEncoder.encode(codeId, StandardCharsets.UTF_8)
                + "/revoke", new ResidentCodeRevocation(reason), SyncJson.MAPPER.constructType(ResidentCodeState.class),
                cardOf(staff));
    }

    public CounterStaff staff(StaffSession staff) throws SyncException {
        return client.get("/v1/counter/staff", SyncJson.MAPPER.constructType(CounterStaff.class), cardOf(staff));
    }

    /**
     * The receptionist signed in at a hospital desk, and the hospital the server knows them and this desk by.
     *
     * @throws SyncException with the server's refusal when it does not accept their card at this desk
     */
    public DeskStaff hospitalStaff(StaffSession staff) throws SyncException {
        return client.get("/v1/hospital/staff", SyncJson.MAPPER.constructType(DeskStaff.class), cardOf(staff));
    }

    /**
     * Who holds the card {@code cardHash} (its pseudonym, 64 lower-case hex digits), and their open aid orders at this
     * desk's hospital.
     *
     * @throws SyncException {@code unknown-resident} for a card nobody is enrolled with, or another refusal
     */
    public PatientAtDesk patientAtDesk(StaffSession staff, String cardHash) throws SyncException {
        return client.get("/v1/hospital/patient?card=" + cardHash, SyncJson.MAPPER.constructType(PatientAtDesk.class),
                cardOf(staff));
    }

    @Override
    public void close() {
        client.close();
    }

    private static String paging(int offset, int limit) {
        return "&offset=" + offset + "&limit=" + limit;
    }

    private static JavaType page(Class<?> item) {
        return SyncJson.MAPPER.getTypeFactory().constructParametricType(Page.class, item);
    }

    /** The staff card's signature of the request, in the two headers the server checks. */
    private static CoSigner cardOf(StaffSession staff) {
        return (suite, kioskSignature, method, pathAndQuery, body) -> {
            byte[] digest = StaffQuerySignature.digest(suite, kioskSignature, method, pathAndQuery, body);
            byte[] signature;
            try {
                signature = staff.signDigest(digest).get(SIGNATURE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new SyncException(SyncProblem.NEEDS_STAFF, "the staff card did not sign the request: "
                        + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(SyncProblem.UNREACHABLE, "interrupted while the staff card signed", e);
            }
            return Map.of(StaffQuerySignature.HEADER_STAFF_KEY, staff.keyFingerprint(),
                    StaffQuerySignature.HEADER_STAFF_SIGNATURE, java.util.HexFormat.of().formatHex(signature));
        };
    }
}

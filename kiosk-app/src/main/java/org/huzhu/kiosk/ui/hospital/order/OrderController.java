package org.huzhu.kiosk.ui.hospital.order;

import java.util.Optional;
import java.util.function.Consumer;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.hospital.HospitalOrderForm;
import org.huzhu.kiosk.hospital.SubmittedOrder;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.SyncStatus;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.hospital.kit.DeskProblem;
import org.huzhu.kiosk.ui.hospital.kit.HospitalSession;
import org.huzhu.kiosk.ui.hospital.kit.MatchWords;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.aid.DeskStaff;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hospital's order for one patient's aid order: the order number and the bill's lines are typed, the total shown;
 * "Submit" checks the order against the aid order with the server's own rule and says exactly what is wrong, or signs
 * it on the receptionist's card and records it (the sync is woken at once). From then on the screen says only what
 * the server said: "paid" from its acceptance, its refusal in words, and while there is no verdict that payment
 * waits. A paid order's slip is saved for the patient.
 */
public final class OrderController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(OrderController.class);

    private final OrderModel model = new OrderModel();
    private final OrderView view;
    private final HospitalSession session;
    private final PatientAtDesk patient;
    private final OpenAidOrder order;
    /** Each new sync status may carry the server's verdict; heard on the sync thread, read on a worker. */
    private final Consumer<SyncStatus> verdicts = status -> FxThread.run(this::readVerdict);

    public OrderController(HospitalSession session, PatientAtDesk patient, OpenAidOrder order) {
        this.session = session;
        this.patient = patient;
        this.order = order;
        this.view = new OrderView(model, session.text(), session.zone(), patient, order, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        session.sync().ifPresent(sync -> sync.addListener(verdicts));
    }

    @Override
    public void deactivate() {
        session.sync().ifPresent(sync -> sync.removeListener(verdicts));
    }

    void onTyped(HospitalOrderForm form) {
        model.totalFen.set(form.totalFen());
    }

    void onAddLine() {
        model.lines.set(Math.min(HospitalOrderForm.MAX_LINES, model.lines.get() + 1));
    }

    void onBack() {
        session.navigator().patient();
    }

    void onSubmit(HospitalOrderForm form) {
        model.problem.set(Optional.empty());
        HospitalOrderSubmitted submitted;
        try {
            submitted = form.toPayload(order.orderId(), patient.residentId());
        } catch (Refusal refusal) {
            model.problem.set(Optional.of(Sentence.refusal(refusal)));
            return;
        }
        Background.recordOnce(model.working, () -> {
            DeskStaff desk = session.deskStaff();
            Optional<MatchRefusal> mismatch = session.orders().check(patient, order, submitted, desk.hospitalId());
            if (mismatch.isPresent()) {
                return new Outcome(Optional.empty(), mismatch);
            }
            return new Outcome(Optional.of(session.orders().submit(session.staff(), patient, order, submitted,
                    desk.hospitalId())), Optional.empty());
        }, outcome -> {
            outcome.mismatch().ifPresent(refusal -> model.problem.set(Optional.of(MatchWords.of(refusal, order,
                    submitted.amountFen(), session.zone()))));
            outcome.recorded().ifPresent(recorded -> {
                model.submitted.set(Optional.of(recorded));
                readVerdict();
            });
        }, failure -> {
            LOG.warn("A hospital order was not recorded: {}", failure.getMessage());
            model.problem.set(Optional.of(failure instanceof SyncException
                    ? DeskProblem.of(failure, session.staff().isOpen()) : Sentence.refusal(failure)));
        });
    }

    void onSaveSlip() {
        Optional<SubmittedOrder> paid = model.submitted.get();
        if (paid.isEmpty()) {
            return;
        }
        String hospital = session.hospitalName().orElse("");
        Background.recordOnce(model.working,
                () -> session.orders().saveSlip(paid.get(), hospital, session.text().language(), session.zone()),
                file -> model.slip.set(Optional.of(Sentence.of("hospital.slip.saved", file.getFileName().toString(),
                        file.getParent().toString()))),
                failure -> {
                    LOG.warn("The slip was not saved: {}", failure.getMessage());
                    model.slip.set(Optional.of(ServerProblem.of(failure, true)));
                });
    }

    /** Reads this order's verdict as the desk's outbox has it now (accepted, rejected, or none yet). */
    private void readVerdict() {
        Optional<SubmittedOrder> shown = model.submitted.get();
        if (shown.isEmpty() || !(shown.get().verdict() instanceof SubmittedOrder.Verdict.Waiting)) {
            return;
        }
        long sequence = shown.get().sequence();
        Background.run(() -> session.orders().order(sequence), found -> found.ifPresent(latest ->
                model.submitted.set(Optional.of(latest))), failure ->
                LOG.warn("The hospital order's verdict could not be read: {}", failure.getMessage()));
    }

    /** The check ahead's refusal, or the order recorded. */
    private record Outcome(Optional<SubmittedOrder> recorded, Optional<MatchRefusal> mismatch) {
    }
}

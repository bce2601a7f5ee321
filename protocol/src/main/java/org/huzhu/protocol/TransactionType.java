package org.huzhu.protocol;

import java.util.Arrays;
import java.util.Optional;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.ServiceRated;

/** Every kind of confirmed action, with its name on the wire and the payload it carries. */
public enum TransactionType {
    BOOKING_CREATED("booking.created", BookingCreated.class),
    BOOKING_CANCELLED("booking.cancelled", BookingCancelled.class),
    HOURS_REDEEMED("hours.redeemed", HoursRedeemed.class),
    HOURS_TRANSFERRED("hours.transferred", HoursTransferred.class),
    VOLUNTEER_CHECKED_IN("volunteer.checked-in", VolunteerCheckedIn.class),
    VOLUNTEER_CHECKED_OUT("volunteer.checked-out", VolunteerCheckedOut.class),
    SERVICE_CONFIRMED("service.confirmed", ServiceConfirmed.class),
    RESIDENT_ENROLLED("resident.enrolled", ResidentEnrolled.class),
    PAYMENT_ORDER_MATCHED("payment-order.matched", PaymentOrderMatched.class),
    FAMILY_LINKED("family.linked", FamilyLinked.class),
    TRANSACTION_REVERSED("transaction.reversed", TransactionReversed.class),
    VOLUNTEER_RATED("volunteer.rated", VolunteerRated.class),
    VOLUNTEER_NO_SHOW("volunteer.no-show", VolunteerNoShow.class),
    CARD_REPLACED("card.replaced", CardReplaced.class),
    RESIDENT_PROFILE_SET("resident.profile-set", ResidentProfileSet.class),
    // residents' voice and the centre's notices (issue 12 part 7)
    SERVICE_RATED("service.rated", ServiceRated.class),
    NOTICE_POSTED("notice.posted", NoticePosted.class),
    NOTICE_WITHDRAWN("notice.withdrawn", NoticeWithdrawn.class),
    // family unlink and one-way rights (issue 12 part 2)
    FAMILY_UNLINKED("family.unlinked", FamilyUnlinked.class),
    FAMILY_PERMISSIONS_SET("family.permissions-set", FamilyPermissionsSet.class),
    // closing an account (issue 12 part 2)
    RESIDENT_CLOSED("resident.closed", ResidentClosed.class),
    // charity aid orders and the hospital desk (issue 13)
    AID_APPLIED("aid.applied", AidApplied.class),
    HOSPITAL_ORDER_SUBMITTED("hospital-order.submitted", HospitalOrderSubmitted.class),
    // face sign-in (issue 14)
    FACE_ENROLLED("face.enrolled", FaceEnrolled.class),
    FACE_REMOVED("face.removed", FaceRemoved.class);

    private final String wireName;
    private final Class<? extends Payload> payloadClass;

    TransactionType(String wireName, Class<? extends Payload> payloadClass) {
        this.wireName = wireName;
        this.payloadClass = payloadClass;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends Payload> payloadClass() {
        return payloadClass;
    }

    public static Optional<TransactionType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static TransactionType of(Payload payload) {
        return Arrays.stream(values()).filter(t -> t.payloadClass.isInstance(payload)).findFirst().orElseThrow();
    }
}

package org.huzhu.server.aid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.json.CanonicalJson;
import org.huzhu.protocol.json.MalformedJsonException;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.AidDocument;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.institution.Inbox;

/**
 * What the institutions receive of the aid flow, sealed to each (docs/protocol.md §12.5, §12.6): a charity its
 * applications, a charity and a hospital the orders between them. Delivered inside the caller's transaction, so a
 * message exists exactly when the change it tells of is committed. Thread-safe.
 */
public final class AidDelivery {

    public static final String APPLICATION = "aid-application";
    public static final String ORDER = "aid-order";

    private final Inbox inbox;

    public AidDelivery(Inbox inbox) {
        this.inbox = inbox;
    }

    /** An accepted application, to its charity: who, what for, how much, which documents. */
    public void application(Connection connection, AidApplied applied, Instant at) throws SQLException {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("applicationId", applied.applicationId().toString());
        message.put("patient", AidOrders.patientPseudonym(applied.residentId(), applied.charityId()));
        message.put("displayName", Catalogue.displayName(connection, applied.residentId()).orElse(""));
        message.put("hospitalId", applied.hospitalId());
        message.put("purpose", applied.purpose());
        message.put("amountFen", applied.amountFen());
        ArrayNode documents = message.putArray("documents");
        for (AidDocument document : applied.documents()) {
            documents.addObject().put("name", document.name()).put("mediaType", document.mediaType())
                    .put("sha256", document.sha256());
        }
        message.put("appliedAt", at.toString());
        inbox.deliver(connection, applied.charityId(), APPLICATION, applied.applicationId().toString(),
                canonical(message));
    }

    /**
     * An issued order, to its charity and its hospital: the document as the charity signed it and its signature,
     * and the patient's name (the hospital must know whom it treats); then the order's history says it was delivered.
     */
    public void order(Connection connection, AidOrderDocument order, String signatureHex, Instant at)
            throws SQLException {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.set("document", order.toTree());
        message.put("signature", signatureHex);
        message.put("displayName", Catalogue.displayName(connection, AidApplications.find(connection,
                order.applicationId()).orElseThrow().residentId()).orElse(""));
        byte[] plaintext = canonical(message);
        inbox.deliver(connection, order.charityId(), ORDER, order.orderId().toString(), plaintext);
        inbox.deliver(connection, order.hospitalId(), ORDER, order.orderId().toString(), plaintext);
        AidEvents.append(connection, order.applicationId(), new AidEvents.Event(AidEvents.Kind.DELIVERED,
                order.orderId(), 0, at, order.charityId() + " " + order.hospitalId()));
    }

    private static byte[] canonical(ObjectNode message) {
        try {
            return CanonicalJson.canonicalize(message);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("a message of checked members is well-formed JSON", e);
        }
    }
}

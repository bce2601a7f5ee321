package org.huzhu.server.aid;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huzhu.protocol.aid.Yuan;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A settlement as the credit-transfer initiation a bank takes: ISO 20022 {@code pain.001.001.09} (ADR 0015). One
 * payment information block per paying charity (debtor: the charity's account, which holds the donations its pool
 * mirrors), one credit transfer per matched hospital order (creditor: the hospital), the aid order as the end-to-end
 * reference (its id without hyphens, 32 characters) and the hospital's order number as the creditor's structured
 * reference, so both sides can match the bank's statement to their own records. Amounts in yuan with two decimals,
 * written from integer fen without floating point. Stateless.
 */
public final class Pain001 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    /** Who initiates every file: the platform. */
    public static final String INITIATING_PARTY = "Huzhu mutual aid platform";

    /** An institution as a bank file names it. */
    public record Party(String name, String bankName, String account) {
    }

    private Pain001() {
    }

    /** The aid order id as ISO 20022's end-to-end id (at most 35 characters). */
    public static String endToEndId(UUID orderId) {
        return orderId.toString().replace("-", "");
    }

    /**
     * @param parties the charities and the hospital of the settlement, by institution id
     * @param executionDay the day the bank is asked to execute the transfers
     */
    public static byte[] write(Settlements.Settlement settlement, Map<String, Party> parties, LocalDate executionDay) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", settlement.settlementId());
            text(xml, "CreDtTm", settlement.createdAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)
                    .toString());
            text(xml, "NbOfTxs", Integer.toString(settlement.payments().size()));
            text(xml, "CtrlSum", Yuan.plain(settlement.totalFen()));
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", INITIATING_PARTY);
            xml.writeEndElement();
            xml.writeEndElement();
            Party hospital = party(parties, settlement.hospitalId());
            int block = 0;
            for (Map.Entry<String, List<Settlements.Payment>> charity : Settlements.byCharity(settlement).entrySet()) {
                paymentInformation(xml, settlement.settlementId() + "-" + ++block, charity.getValue(),
                        party(parties, charity.getKey()), hospital, executionDay);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** @param id the settlement's id and the block's number: unique in the file, at most 31 characters */
    private static void paymentInformation(XMLStreamWriter xml, String id, List<Settlements.Payment> payments,
            Party charity, Party hospital, LocalDate executionDay) throws XMLStreamException {
        long total = payments.stream().mapToLong(Settlements.Payment::amountFen).sum();
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", id);
        text(xml, "PmtMtd", "TRF");
        text(xml, "NbOfTxs", Integer.toString(payments.size()));
        text(xml, "CtrlSum", Yuan.plain(total));
        xml.writeStartElement("ReqdExctnDt");
        text(xml, "Dt", executionDay.toString());
        xml.writeEndElement();
        partyAndAccount(xml, "Dbtr", "DbtrAcct", "DbtrAgt", charity);
        for (Settlements.Payment payment : payments) {
            xml.writeStartElement("CdtTrfTxInf");
            xml.writeStartElement("PmtId");
            text(xml, "EndToEndId", endToEndId(payment.orderId()));
            xml.writeEndElement();
            xml.writeStartElement("Amt");
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", "CNY");
            xml.writeCharacters(Yuan.plain(payment.amountFen()));
            xml.writeEndElement();
            xml.writeEndElement();
            agent(xml, "CdtrAgt", hospital);
            named(xml, "Cdtr", hospital.name());
            account(xml, "CdtrAcct", hospital.account());
            xml.writeStartElement("RmtInf");
            xml.writeStartElement("Strd");
            xml.writeStartElement("CdtrRefInf");
            text(xml, "Ref", payment.hospitalOrderNumber());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Debtor order in pain.001: the party, its account, then its bank. */
    private static void partyAndAccount(XMLStreamWriter xml, String party, String account, String agent, Party who)
            throws XMLStreamException {
        named(xml, party, who.name());
        account(xml, account, who.account());
        agent(xml, agent, who);
    }

    private static void named(XMLStreamWriter xml, String element, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", name);
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String account) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        text(xml, "Id", account);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, Party who) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        text(xml, "Nm", who.bankName());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static Party party(Map<String, Party> parties, String institutionId) {
        Party party = parties.get(institutionId);
        if (party == null) {
            throw new IllegalArgumentException("no bank details for " + institutionId);
        }
        return party;
    }

    /** For the file name an operator sees: the settlement id. */
    public static String fileName(Settlements.Settlement settlement) {
        return settlement.settlementId() + ".xml";
    }
}

package org.huzhu.devices.card.piv;

import java.util.List;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * The two parts of an X.509 certificate (RFC 5280 4.1) the kiosk uses: the subject name and the
 * SubjectPublicKeyInfo, both as their DER bytes. Read with the bounded {@link BerTlv} parser instead of the JDK's
 * certificate factory so that anything a card answers ends in a typed {@link CardDataException}.
 *
 * <p>The certificate's own signature is not checked: trust in a staff card comes from the server, which registers
 * the key fingerprint, and from the card proving it holds that key (see {@code PivCard}).
 */
record CertificateParts(byte[] subject, byte[] subjectPublicKeyInfo) {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int VERSION = 0xA0;
    private static final int BIT_STRING = 0x03;
    /** serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo. */
    private static final int REQUIRED_FIELDS = 6;

    CertificateParts {
        subject = subject.clone();
        subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
    }

    @Override
    public byte[] subject() {
        return subject.clone();
    }

    @Override
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    static CertificateParts of(byte[] certificateDer) throws CardDataException {
        List<BerTlv> outer = children(certificateDer, SEQUENCE, 3, "certificate");
        expect(outer.get(0), SEQUENCE, "tbsCertificate");
        expect(outer.get(1), SEQUENCE, "signatureAlgorithm");
        expect(outer.get(2), BIT_STRING, "signatureValue");
        List<BerTlv> fields = BerTlv.parseAll(outer.get(0).value(), "tbsCertificate");
        int first = !fields.isEmpty() && fields.getFirst().tag() == VERSION ? 1 : 0;
        if (fields.size() < first + REQUIRED_FIELDS) {
            throw new CardDataException(Problem.BAD_VALUE, "tbsCertificate: too few fields");
        }
        expect(fields.get(first), INTEGER, "serialNumber");
        for (int i = first + 1; i < first + REQUIRED_FIELDS; i++) {
            expect(fields.get(i), SEQUENCE, "tbsCertificate field " + i);
        }
        return new CertificateParts(fields.get(first + 4).encoded(), fields.get(first + 5).encoded());
    }

    /** The {@code count} data objects inside one object with {@code tag} that fills {@code der}. */
    static List<BerTlv> children(byte[] der, int tag, int count, String what) throws CardDataException {
        BerTlv object = BerTlv.parseOne(der, what);
        expect(object, tag, what);
        List<BerTlv> children = BerTlv.parseAll(object.value(), what);
        if (children.size() != count) {
            throw new CardDataException(Problem.BAD_VALUE,
                    what + ": expected " + count + " parts, found " + children.size());
        }
        return children;
    }

    static void expect(BerTlv object, int tag, String what) throws CardDataException {
        if (object.tag() != tag) {
            throw new CardDataException(Problem.UNEXPECTED_TAG,
                    String.format("%s: expected tag %02X, found %X", what, tag, object.tag()));
        }
    }
}

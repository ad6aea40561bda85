package kz.medcert.adapters.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The IIN a certificate of the Kazakh PKI is issued to: the NCA RK writes it into the subject's {@code SERIALNUMBER}
 * attribute (OID 2.5.4.5) as {@code IIN} and the twelve digits, e.g. {@code SERIALNUMBER=IIN850412413718}.
 */
final class SignerIin {
    private static final Pattern IIN = Pattern.compile("IIN(\\d{12})");

    private SignerIin() {
    }

    static Optional<String> of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(subject.getRDNs(BCStyle.SERIALNUMBER)).map(RDN::getFirst)
                .map(value -> IETFUtils.valueToString(value.getValue()))
                .map(IIN::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst();
    }
}

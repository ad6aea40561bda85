package kz.medcert.bootstrap.logging;

import kz.medcert.domain.person.IinMasking;
import net.logstash.logback.mask.ValueMasker;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON log lines' masking rule: every string value written (message, request id, key-value pairs, stack trace)
 * with every IIN masked ({@link IinMasking}); logback.xml sets it on the JSON encoder.
 */
public final class IinValueMasker implements ValueMasker {

    @Override
    public Object mask(TokenStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String original = text.toString();
            String masked = IinMasking.mask(original);
            return masked.equals(original) ? null : masked; // null: the value stays as it is
        }
        return null;
    }
}

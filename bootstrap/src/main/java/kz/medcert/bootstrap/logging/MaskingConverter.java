package kz.medcert.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import kz.medcert.domain.person.IinMasking;

/**
 * {@code %mask(...)} in a logback pattern: what the inner pattern writes (message, request id, stack trace) with every
 * IIN masked ({@link IinMasking}). logback.xml wraps the whole readable line in it.
 */
public final class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return IinMasking.mask(in);
    }
}

package kz.medcert.application.port.out;

import java.io.IOException;
import java.io.OutputStream;
import kz.medcert.domain.certificate.IssuedCertificate;

/**
 * Writes register entries (R75) in the layout {@link RegisterFileReader} reads, so that an export can be imported
 * again; the layout is the adapter's.
 */
public interface RegisterFileWriter {

    /** Starts a file on {@code out} (what comes before the entries, such as a header); the caller closes it. */
    EntrySink begin(OutputStream out) throws IOException;

    /** Takes the entries of one file, in order; used by one thread. */
    interface EntrySink {
        void write(IssuedCertificate entry) throws IOException;

        /** Writes out whatever is still buffered; the stream stays open. */
        void finish() throws IOException;
    }
}

package kz.medcert.domain.reference;

/**
 * A failure that says what went wrong in words for a person, in every {@link Language}: an adapter shows
 * {@link #explanation()} in the reader's language, while {@code getMessage()} is its English text, for logs.
 */
public interface Explained {

    Message explanation();

    /**
     * The words of any failure: its own {@link #explanation()} when it has one, else its message as it is (a library's
     * message was never translated).
     */
    static Message explanationOf(Throwable failure) {
        return failure instanceof Explained explained ? explained.explanation()
                : Message.verbatim(String.valueOf(failure.getMessage()));
    }
}

package kz.medcert.domain.reference;

/**
 * A failure that says what went wrong in words for a person, in every {@link Language}: an adapter shows
 * {@link #explanation()} in the reader's language, while {@code getMessage()} is its English text, for logs.
 */
public interface Explained {

    Message explanation();
}

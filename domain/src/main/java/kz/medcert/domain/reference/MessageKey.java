package kz.medcert.domain.reference;

/**
 * A text of a message bundle, by its key: each module keeps its texts in one bundle (one UTF-8 properties file per
 * {@link Language}) and names them by the constants of an enum implementing this interface, so that a key the code
 * uses cannot be missing from the bundle unnoticed (see {@link MessageBundle#problems}).
 */
public interface MessageKey {

    /** The key in the bundle: the enum constant's name. */
    String name();

    /** The bundle that words this key. */
    MessageBundle bundle();

    /** The text of this key, to fill in ({@link Message#with}). */
    default Message message() {
        return Message.of(this);
    }
}

package kz.medcert.application.port.out;

import kz.medcert.domain.person.Iin;

/** Civil registration: changes of surname, name or patronymic, marriage and divorce (R65). */
public interface NameChangeRegistry {

    /** Whether it holds a record of a change of name for the person. */
    boolean holdsNameChange(Iin iin);
}

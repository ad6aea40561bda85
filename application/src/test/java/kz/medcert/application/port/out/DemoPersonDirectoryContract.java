package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DemoPersonDirectory} promises: every person of the demo data, in its order, each once; the same
 * list each time it is asked. Extend it with the directory and the labels of the demo data it is made from, in order.
 */
public abstract class DemoPersonDirectoryContract {

    protected abstract DemoPersonDirectory directory();

    /** The labels of the persons of the demo data the directory is made from, in the data's order. */
    protected abstract List<String> theDemoDataInOrder();

    @Test
    void everyPersonOfTheDemoData_inItsOrder() {
        assertThat(directory().persons()).extracting(DemoApplicant::label)
                .containsExactlyElementsOf(theDemoDataInOrder());
    }

    @Test
    void eachPerson_once() {
        assertThat(directory().persons()).extracting(DemoApplicant::iin).doesNotHaveDuplicates();
    }

    @Test
    void theSameList_eachTime() {
        assertThat(directory().persons()).isEqualTo(directory().persons());
    }
}

package kz.medcert.adapters.registries;

import java.util.List;
import kz.medcert.application.port.out.DemoPersonDirectory;
import kz.medcert.application.port.out.DemoPersonDirectoryContract;

/** The stub directory keeps the demo directory's contract over the demo persons file. */
class StubDemoPersonDirectoryContractTest extends DemoPersonDirectoryContract {
    private static final DemoPersons PERSONS = DemoPersons.load();

    @Override
    protected DemoPersonDirectory directory() {
        return new StubDemoPersonDirectory(PERSONS);
    }

    @Override
    protected List<String> theDemoDataInOrder() {
        return PERSONS.all().stream().map(DemoPerson::id).toList();
    }
}

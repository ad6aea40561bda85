package kz.medcert.adapters.registerfile;

import kz.medcert.application.port.out.RegisterFileContract;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileWriter;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/** The CSV layout keeps the register file's contract, as the tests' stand-in layout does. */
class CsvRegisterFileContractTest extends RegisterFileContract {
    private final CsvRegisterFile file = new CsvRegisterFile(SpecialtyCatalogue.standard());

    @Override
    protected RegisterFileReader reader() {
        return file;
    }

    @Override
    protected RegisterFileWriter writer() {
        return file;
    }

    @Override
    protected String brokenRow() {
        return "870615400000,Smith2,,,ASTROLOGY";
    }
}

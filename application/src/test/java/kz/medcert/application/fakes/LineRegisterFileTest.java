package kz.medcert.application.fakes;

import kz.medcert.application.port.out.RegisterFileContract;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileWriter;

/** The tests' stand-in layout keeps the register file's contract the CSV adapter keeps. */
class LineRegisterFileTest extends RegisterFileContract {
    private final LineRegisterFile file = new LineRegisterFile();

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
        return LineRegisterFile.rejected("record", "cannot be an entry");
    }
}

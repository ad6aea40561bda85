package kz.medcert.domain.reference;

import java.util.List;
import java.util.stream.Collectors;

/** Reference data that cannot be used: every problem found, each naming its file and line. */
public final class ReferenceDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ReferenceDataProblem> problems;

    public ReferenceDataException(List<ReferenceDataProblem> problems) {
        super(problems.stream().map(ReferenceDataProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a reference data error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ReferenceDataProblem> problems() {
        return problems;
    }
}

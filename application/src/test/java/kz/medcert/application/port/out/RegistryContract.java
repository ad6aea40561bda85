package kz.medcert.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import kz.medcert.domain.person.Iin;

/**
 * What each of the seven registry contracts is given: the registry under test and two persons, one it holds
 * something of and one it holds nothing of. A runner passes them to the contract's constructor, so that a runner of
 * all seven is seven short nested classes instead of seven times three overrides.
 *
 * @param <R> the registry port under test
 */
public abstract class RegistryContract<R> {
    private final Supplier<R> registry;
    private final Iin aPersonItHolds;
    private final Iin aPersonItDoesNotHold;

    protected RegistryContract(Supplier<R> registry, Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        this.registry = requireNonNull(registry);
        this.aPersonItHolds = requireNonNull(aPersonItHolds);
        this.aPersonItDoesNotHold = requireNonNull(aPersonItDoesNotHold);
    }

    protected final R registry() {
        return registry.get();
    }

    protected final Iin aPersonItHolds() {
        return aPersonItHolds;
    }

    protected final Iin aPersonItDoesNotHold() {
        return aPersonItDoesNotHold;
    }
}

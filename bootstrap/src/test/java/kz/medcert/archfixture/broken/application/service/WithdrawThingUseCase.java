package kz.medcert.archfixture.broken.application.service;

/** Breaks useCasesAreInterfacesInPortIn: a use case outside application.port.in. */
public interface WithdrawThingUseCase {
    void withdraw(String id);
}

package kz.medcert.archfixture.broken.application.port.in;

/** Breaks useCasesAreInterfacesInPortIn: a use case that is a class. */
public class ApproveThingUseCase {
    public void approve(String id) {
    }
}

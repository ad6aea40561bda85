package kz.medcert.archfixture.clean.application.service.things;

import kz.medcert.archfixture.clean.application.port.in.RegisterThingCommand;

/** A feature of the application that only uses what the features share: no cycle. */
public final class ThingLabels {
    private ThingLabels() {
    }

    public static String label(RegisterThingCommand command) {
        return "thing " + command.id();
    }
}

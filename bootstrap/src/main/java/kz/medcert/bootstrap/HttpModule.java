package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.util.List;
import java.util.Set;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.EvaluationController;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.adapters.http.HttpSettings;
import kz.medcert.adapters.http.ReadinessCheck;
import kz.medcert.adapters.persistence.Database;

/** The HTTP API: every controller, the body limits and the readiness checks behind /health. */
final class HttpModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Controller> controllers = Multibinder.newSetBinder(binder(), Controller.class);
        controllers.addBinding().to(EvaluationController.class);
    }

    @Provides
    @Singleton
    HttpApi httpApi(Set<Controller> controllers, Database database) {
        ReadinessCheck databaseCheck = new ReadinessCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public boolean isReady() {
                return database.readiness();
            }
        };
        return HttpApi.builder().settings(HttpSettings.defaults()).controllers(controllers)
                .readinessChecks(List.of(databaseCheck)).build();
    }
}

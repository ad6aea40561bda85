package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.util.List;
import java.util.Set;
import kz.medcert.adapters.http.AttachmentController;
import kz.medcert.adapters.http.ConsentController;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.EvaluationController;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.adapters.http.HttpSettings;
import kz.medcert.adapters.http.ReadinessCheck;
import kz.medcert.adapters.http.ReferenceDataController;
import kz.medcert.adapters.http.RequestController;
import kz.medcert.adapters.persistence.Database;

/** The HTTP API: every controller, the body limits and the readiness checks behind /health. */
final class HttpModule extends AbstractModule {
    private static final long JSON_LIMIT = 64 * 1024;
    private final AppConfig config;

    HttpModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        Multibinder<Controller> controllers = Multibinder.newSetBinder(binder(), Controller.class);
        controllers.addBinding().to(EvaluationController.class);
        controllers.addBinding().to(RequestController.class);
        controllers.addBinding().to(ConsentController.class);
        controllers.addBinding().to(AttachmentController.class);
        controllers.addBinding().to(ReferenceDataController.class);
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
        return HttpApi.builder()
                .settings(new HttpSettings(JSON_LIMIT, config.maxAttachmentBytes() + JSON_LIMIT)).controllers(controllers)
                .readinessChecks(List.of(databaseCheck)).build();
    }
}

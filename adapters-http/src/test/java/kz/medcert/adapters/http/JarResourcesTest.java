package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.util.Properties;
import org.eclipse.jetty.util.resource.MountedPathResourceFactory;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Static files inside a jar are read from one file system per jar, as Jetty would read them from its own mount. */
class JarResourcesTest {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";

    @Test
    void aFileInAJarIsTheFileJettyWouldServe() throws Exception {
        URI file = webjarUri("swagger-ui.css");
        MountedPathResourceFactory jetty = new MountedPathResourceFactory();

        Resource shared = JarResources.shared().newResource(file);
        Resource mounted = jetty.newResource(file);

        // what Jetty's ETag, Last-Modified and Content-Length are made of
        assertThat(shared.lastModified()).isEqualTo(mounted.lastModified());
        assertThat(shared.length()).isEqualTo(mounted.length()).isPositive();
        assertThat(shared.isDirectory()).isFalse();
        try (InputStream a = shared.newInputStream(); InputStream b = mounted.newInputStream()) {
            assertThat(a.readAllBytes()).isEqualTo(b.readAllBytes());
        }
        mounted.getPath().getFileSystem().close();
    }

    @Test
    void everyLookupInAJarUsesTheSameFileSystem() throws Exception {
        Resource directory = JarResources.shared().newResource(webjarUri(""));
        Resource file = JarResources.shared().newResource(webjarUri("swagger-ui.css"));

        assertThat(directory.isDirectory()).isTrue();
        assertThat(file.getPath().getFileSystem()).isSameAs(directory.getPath().getFileSystem());
        assertThat(file.getPath().getFileSystem().isOpen()).isTrue();
    }

    @Test
    void whatTheJarDoesNotHoldIsNoResource() throws Exception {
        assertThat(JarResources.shared().newResource(webjarUri("no-such-file.css"))).isNull();
    }

    @Test
    void jettyLooksJarsUpThroughItOnceInstalled() throws Exception {
        JarResources.install();
        JarResources.install();

        Resource viaJetty = ResourceFactory.root().newResource(webjarUri("swagger-ui.css"));

        assertThat(viaJetty.getPath().getFileSystem())
                .isSameAs(JarResources.shared().newResource(webjarUri("")).getPath().getFileSystem());
    }

    private static URI webjarUri(String file) throws Exception {
        Properties pom = new Properties();
        try (InputStream in = JarResourcesTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(in);
        }
        String directory = WEBJAR + pom.getProperty("version");
        URI uri = JarResourcesTest.class.getClassLoader().getResource(directory + "/swagger-ui.css").toURI();
        assertThat(uri.getScheme()).as("the webjar is a jar on the test class path").isEqualTo("jar");
        String base = uri.toString().substring(0, uri.toString().length() - "swagger-ui.css".length());
        return URI.create(base + file);
    }
}

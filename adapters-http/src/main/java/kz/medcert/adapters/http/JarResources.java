package kz.medcert.adapters.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.resource.PathResourceFactory;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Static files served from inside a jar (Swagger UI's assets, the web front's) read through one zip file system per
 * jar, opened once for the life of the process. Jetty's own factory for {@code jar:} resources opens a new one at every
 * lookup, and Javalin looks each static directory up twice: four openings of the service's jar at start-up, each
 * indexing its 30,000 entries, about a fifth of a start's work. The resources are the same paths of the same kind of
 * file system, so what is served (content, type, ETag, Last-Modified) does not change.
 */
final class JarResources implements ResourceFactory {
    private static final String SCHEME = "jar";
    /** As Jetty mounts a jar: the entries of a multi-release jar as the running JVM sees them. */
    private static final Map<String, String> ENVIRONMENT = Map.of("releaseVersion", "runtime");
    private static final JarResources INSTANCE = new JarResources();

    private final PathResourceFactory paths = new PathResourceFactory();
    private final ConcurrentMap<Path, FileSystem> open = new ConcurrentHashMap<>();

    private JarResources() {
    }

    /** Makes Jetty read {@code jar:} resources through this factory; repeated calls change nothing. */
    static synchronized void install() {
        ResourceFactory.registerResourceFactory(SCHEME, INSTANCE);
    }

    /** The one factory (what {@link #install} registers). */
    static ResourceFactory shared() {
        return INSTANCE;
    }

    /**
     * Opens the file system of the jar holding {@code type} (when it is in a jar) on a thread of its own, so that it
     * is ready when the first static directory is looked up, while the rest of the service starts; also reads Jetty's
     * table of content types (the static files' types), which lists the JVM's locales the first time it is used.
     */
    static void openInBackground(Class<?> type) {
        Thread opener = new Thread(() -> {
            jarOf(type).ifPresent(INSTANCE::fileSystem);
            MimeTypes.DEFAULTS.getMimeByExtension("start.css");
        }, "jar-resources");
        opener.setDaemon(true);
        opener.start();
    }

    private static java.util.Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return java.util.Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? java.util.Optional.of(location) : java.util.Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public Resource newResource(URI uri) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute URI: " + uri);
        }
        Path jar = Path.of(URIUtil.unwrapContainer(uri).normalize());
        if (!Files.exists(jar)) {
            return null;
        }
        fileSystem(jar);
        Path path = Path.of(uri);
        return Files.exists(path) ? paths.newResource(uri) : null;
    }

    /** The jar's file system, registered with its provider so that {@code Path.of(jar:…)} finds it. */
    private FileSystem fileSystem(Path jar) {
        return open.computeIfAbsent(jar.toAbsolutePath().normalize(), absolute -> {
            URI uri = URI.create(SCHEME + ":" + absolute.toUri());
            try {
                return FileSystems.newFileSystem(uri, ENVIRONMENT);
            } catch (FileSystemAlreadyExistsException e) {
                return FileSystems.getFileSystem(uri);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package io.mopstudio;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What this build of MOP Studio is, as the POM says and the jar's manifest carries it: shown by
 * {@code --version} and the About dialog. A build run from class folders (tests, {@code javafx:run})
 * has no manifest and says so instead of inventing a version.
 */
public record BuildInfo(String name, String version, String vendor, String description) {

    public static final String DEVELOPMENT_VERSION = "(development build)";

    private static final String DESCRIPTION = "Implementation-Description";

    /** The build the running code came from. */
    public static BuildInfo current() {
        return of(ownManifest());
    }

    /** The manifest's entries, with a development build's defaults for what it lacks. */
    public static BuildInfo of(Optional<Manifest> manifest) {
        Attributes main = manifest.map(Manifest::getMainAttributes).orElseGet(Attributes::new);
        return new BuildInfo(
                value(main, Attributes.Name.IMPLEMENTATION_TITLE.toString()).orElse("MOP Studio"),
                value(main, Attributes.Name.IMPLEMENTATION_VERSION.toString()).orElse(DEVELOPMENT_VERSION),
                value(main, Attributes.Name.IMPLEMENTATION_VENDOR.toString()).orElse(""),
                value(main, DESCRIPTION).orElse(""));
    }

    private static Optional<String> value(Attributes attributes, String name) {
        return Optional.ofNullable(attributes.getValue(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * The manifest of the jar holding this class, not the first one on the class path: tests and
     * IDEs put other jars' manifests ahead of ours.
     */
    private static Optional<Manifest> ownManifest() {
        URL self = BuildInfo.class.getResource(BuildInfo.class.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return Optional.empty();
        }
        try {
            URLConnection connection = self.openConnection();
            connection.setUseCaches(false);
            return connection instanceof JarURLConnection jar ? Optional.ofNullable(jar.getManifest()) : Optional.empty();
        } catch (IOException e) {
            // An unreadable manifest only costs the version text; the app itself still works.
            return Optional.empty();
        }
    }
}

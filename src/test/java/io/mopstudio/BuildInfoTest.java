package io.mopstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void readsWhatTheShadePluginWritesFromThePom() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, "MOP Studio");
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, "1.2.3");
        main.put(Attributes.Name.IMPLEMENTATION_VENDOR, "Acme SRE");
        main.putValue("Implementation-Description", "Runbooks safe enough to run at 3 AM.");
        assertEquals(new BuildInfo("MOP Studio", "1.2.3", "Acme SRE", "Runbooks safe enough to run at 3 AM."),
                BuildInfo.of(Optional.of(manifest)));
    }

    @Test
    void withoutAManifestItSaysDevelopmentBuildRatherThanGuessing() {
        assertEquals(new BuildInfo("MOP Studio", BuildInfo.DEVELOPMENT_VERSION, "", ""), BuildInfo.of(Optional.empty()));
    }

    @Test
    void blankEntriesCountAsMissing() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "  ");
        assertEquals(BuildInfo.DEVELOPMENT_VERSION, BuildInfo.of(Optional.of(manifest)).version());
    }

    @Test
    void testsRunFromClassFoldersSoTheyHaveNoManifest() {
        assertEquals(BuildInfo.DEVELOPMENT_VERSION, BuildInfo.current().version());
    }
}

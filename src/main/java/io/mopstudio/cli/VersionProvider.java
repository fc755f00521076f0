package io.mopstudio.cli;

import io.mopstudio.BuildInfo;
import picocli.CommandLine;

/** The version from the jar's manifest, which the build takes from the POM. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        return new String[] {build.name() + " " + build.version()};
    }
}

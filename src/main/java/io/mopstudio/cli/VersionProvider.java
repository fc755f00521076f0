package io.mopstudio.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, which the build takes from the POM. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"MOP Studio " + (version == null ? "(development build)" : version)};
    }
}

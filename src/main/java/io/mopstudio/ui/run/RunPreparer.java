package io.mopstudio.ui.run;

import io.mopstudio.setup.SetupResult;
import java.nio.file.Path;
import java.util.Map;

/** Prepares a run the way {@link io.mopstudio.setup.RunSetup#prepare} does; a seam for tests. */
@FunctionalInterface
public interface RunPreparer {

    SetupResult prepare(Path mopFile, String environment, Map<String, String> incident, String operator);
}

package io.mopstudio.ui;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopLoader;
import java.nio.file.Path;

/** The MOPs UI tests draw and run: the sample that ships with MOP Studio. */
public final class Fixtures {

    public static final Path SAMPLE = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");

    private Fixtures() {
    }

    public static Mop sampleMop() {
        return new MopLoader().load(SAMPLE).result().valid()
                .orElseThrow(() -> new AssertionError("the sample MOP must load without errors"));
    }
}

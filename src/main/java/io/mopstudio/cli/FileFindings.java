package io.mopstudio.cli;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What validating one file found; {@code unreadable} when the file could not be read at all. */
record FileFindings(Path file, boolean unreadable, List<Problem> findings, Optional<Mop> mop) {

    long errorCount() {
        return findings.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return errorCount() > 0;
    }
}

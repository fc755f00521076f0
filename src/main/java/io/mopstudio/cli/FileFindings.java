package io.mopstudio.cli;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What validating one file found; {@code unreadable} when the file could not be read at all. {@code catalog}
 * names what it was checked against; {@code catalogChosenForIt} when that is a shipped catalog chosen because
 * the file names actions only it has.
 */
record FileFindings(Path file, boolean unreadable, List<Problem> findings, Optional<Mop> mop, String catalog,
        boolean catalogChosenForIt) {

    long errorCount() {
        return findings.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return errorCount() > 0;
    }
}

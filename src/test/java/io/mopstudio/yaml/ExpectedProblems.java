package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The problems an invalid fixture states in its own header, so that a new bug is a new file and no
 * Java: {@code # expect: RULE at LINE:COL} for an error, {@code # warn: RULE at LINE:COL} for a
 * warning, each followed by {@code # message: TEXT} lines its message must contain. Any other error
 * or warning found is a failure too.
 */
public record ExpectedProblems(Path file, List<Expected> expected, List<Expected> warnings) {

    public record Expected(String rule, int line, int column, List<String> fragments) {
    }

    /** The {@code .yaml} files of a class-path folder, at least {@code atLeast} of them. */
    public static Stream<Path> corpus(String folder, int atLeast) throws IOException, URISyntaxException {
        Path dir = Path.of(ExpectedProblems.class.getResource(folder).toURI());
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(files.size() >= atLeast, "the corpus in " + folder + " is missing files: " + files);
            return files.stream();
        }
    }

    /** Headers are ASCII, so they read the same whatever bytes the rest of the file holds. */
    public static ExpectedProblems of(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        List<Expected> warnings = new ArrayList<>();
        List<Expected> last = out;
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (line.startsWith("# expect: ") || line.startsWith("# warn: ")) {
                last = line.startsWith("# expect: ") ? out : warnings;
                String[] parts = line.substring(line.indexOf(':') + 2).split(" at |:");
                last.add(new Expected(parts[0].trim(), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()), new ArrayList<>()));
            } else if (line.startsWith("# message: ")) {
                last.get(last.size() - 1).fragments().add(line.substring("# message: ".length()));
            }
        }
        assertFalse(out.isEmpty() && warnings.isEmpty(), file + " has no '# expect:' or '# warn:' header");
        return new ExpectedProblems(file, out, warnings);
    }

    /** The errors found are exactly the expected ones, in file order, each positioned in the file and plain. */
    public void assertMatch(List<Problem> problems) {
        assertMatch(expected, problems.stream().filter(Problem::isError).toList(), problems);
        assertMatch(warnings, problems.stream().filter(p -> !p.isError()).toList(), problems);
    }

    private void assertMatch(List<Expected> wanted, List<Problem> found, List<Problem> problems) {
        assertEquals(wanted.size(), found.size(), () -> "problems found: " + problems);
        for (int i = 0; i < wanted.size(); i++) {
            Expected want = wanted.get(i);
            Problem got = found.get(i);
            assertEquals(want.rule(), got.rule(), () -> "rule of " + got);
            assertEquals(want.line() + ":" + want.column(), got.position().line() + ":" + got.position().column(),
                    () -> "position of " + got);
            assertEquals(file.toString(), got.position().file());
            for (String fragment : want.fragments()) {
                assertTrue(got.message().contains(fragment), () -> "'" + fragment + "' not in: " + got.message());
            }
            PlainMessages.assertPlain(got.message());
        }
    }
}

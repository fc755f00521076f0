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
 * Java: {@code # expect: RULE at LINE:COL}, then {@code # message: TEXT} lines its message must
 * contain. Any other error found is a failure too.
 */
public record ExpectedProblems(Path file, List<Expected> expected) {

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
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (line.startsWith("# expect: ")) {
                String[] parts = line.substring("# expect: ".length()).split(" at |:");
                out.add(new Expected(parts[0].trim(), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()), new ArrayList<>()));
            } else if (line.startsWith("# message: ")) {
                out.get(out.size() - 1).fragments().add(line.substring("# message: ".length()));
            }
        }
        assertFalse(out.isEmpty(), file + " has no '# expect:' header");
        return new ExpectedProblems(file, out);
    }

    /** The errors found are exactly the expected ones, in file order, each positioned in the file and plain. */
    public void assertMatch(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertEquals(expected.size(), errors.size(), () -> "problems found: " + problems);
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Problem got = errors.get(i);
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

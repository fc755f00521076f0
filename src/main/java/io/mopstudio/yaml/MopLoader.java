package io.mopstudio.yaml;

import io.mopstudio.model.Mop;
import io.mopstudio.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a MOP file into a {@link Mop}, or says exactly what is wrong with it and where. */
public final class MopLoader {

    /** The file's text as read, with the result of loading it; the text is what gets hashed and audited. */
    public record Loaded(String text, LoadResult<Mop> result) {
    }

    public Loaded load(Path file) {
        String name = file.toString();
        try {
            String text = readText(file);
            return new Loaded(text, parse(text, name));
        } catch (NoSuchFileException e) {
            return failed(name, "io.not_found", "no such file");
        } catch (CharacterCodingException e) {
            return failed(name, "io.encoding", "the file is not UTF-8 text");
        } catch (IOException e) {
            return failed(name, "io.unreadable", "cannot read the file: " + e.getMessage());
        }
    }

    public LoadResult<Mop> parse(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Optional<Mop> mop = YamlDocument.compose(text, file, problems)
                .flatMap(doc -> new MopReader(doc, problems).read());
        mop.ifPresent(value -> problems.addAll(GraphChecks.check(value)));
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return new LoadResult<>(mop, problems);
    }

    static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static Loaded failed(String file, String rule, String message) {
        Problem problem = Problem.error(new SourcePosition(file, 1, 1), rule, message);
        return new Loaded("", new LoadResult<>(Optional.empty(), List.of(problem)));
    }
}

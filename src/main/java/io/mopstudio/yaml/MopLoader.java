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

    /** A load that also keeps the composed tree, for rules that point at nodes the model does not keep. */
    public record Parsed(String text, Optional<YamlDocument> document, LoadResult<Mop> result) {
    }

    public Loaded load(Path file) {
        Parsed parsed = loadDocument(file);
        return new Loaded(parsed.text(), parsed.result());
    }

    public Parsed loadDocument(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            // The same words as validate's: the JDK's "Is a directory" reached render and run as is.
            return failed(name, "io.not_a_file", "is a directory, not a MOP file");
        }
        try {
            // Four bytes per code point at most: a file larger than that is over the limit whatever it holds.
            if (Files.size(file) > 4L * YamlDocument.MAX_CODE_POINTS) {
                return failed(YamlDocument.tooLarge(name));
            }
            String text = readText(file);
            return parseDocument(text, name);
        } catch (NoSuchFileException e) {
            return failed(name, "io.not_found", "no such file");
        } catch (CharacterCodingException e) {
            return failed(name, "io.encoding", "the file is not UTF-8 text");
        } catch (IOException e) {
            return failed(name, "io.unreadable", "cannot read the file: " + e.getMessage());
        }
    }

    public LoadResult<Mop> parse(String text, String file) {
        return parseDocument(text, file).result();
    }

    public Parsed parseDocument(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Optional<YamlDocument> document = YamlDocument.compose(text, file, problems);
        Optional<Mop> mop = document.flatMap(doc -> new MopReader(doc, problems).read());
        mop.ifPresent(value -> problems.addAll(GraphChecks.check(value, MopNodes.of(document.orElseThrow()))));
        mop.ifPresent(value -> problems.addAll(Reachability.check(value)));
        return new Parsed(text, document, new LoadResult<>(mop, Problems.sorted(problems)));
    }

    static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static Parsed failed(String file, String rule, String message) {
        return failed(Problem.error(SourcePosition.unknown(file), rule, message));
    }

    private static Parsed failed(Problem problem) {
        return new Parsed("", Optional.empty(), new LoadResult<>(Optional.empty(), List.of(problem)));
    }
}

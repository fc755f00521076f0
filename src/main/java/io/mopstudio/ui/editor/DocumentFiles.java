package io.mopstudio.ui.editor;

import io.mopstudio.files.AtomicFile;
import io.mopstudio.layout.Layout;
import io.mopstudio.layout.LayoutFile;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a MOP with its layout sidecar, and writes both atomically (a crash leaves the old file or the new). */
public final class DocumentFiles {

    /** A file as read: its text, its positions and what was wrong with the sidecar, if anything. */
    public record Opened(String text, Layout layout, List<String> warnings) {
    }

    private DocumentFiles() {
    }

    /** The file's text and layout, or an IOException whose message a user can read. */
    public static Opened open(Path file) throws IOException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            LayoutFile.Loaded layout = LayoutFile.load(file);
            return new Opened(text, layout.layout(), layout.warnings());
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (MalformedInputException e) {
            throw new IOException(file + ": the file is not UTF-8 text", e);
        }
    }

    public static void save(Path file, String text, Layout layout) throws IOException {
        AtomicFile.write(file, text);
        LayoutFile.save(file, layout);
    }
}

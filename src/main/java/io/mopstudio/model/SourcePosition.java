package io.mopstudio.model;

/**
 * Where something was written: 1-based line and column in a named file; line 0 for the file as a whole
 * (it is missing, unreadable, a folder), where a line and column would be made up.
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition unknown(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** Whether this names a place in the file, not only the file. */
    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + column : file;
    }
}

package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes what {@code run} says on stderr through unchanged and keeps its lines, so that with
 * {@code --output json|jsonl} a run that cannot start also answers on stdout, as JSON.
 */
final class RefusalLines {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final PrintWriter writer;

    RefusalLines(PrintWriter stderr) {
        this.writer = new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                stderr.write(buffer, offset, length);
                keep(buffer, offset, length);
            }

            @Override
            public void flush() {
                stderr.flush();
            }

            @Override
            public void close() {
                stderr.flush();
            }
        });
    }

    PrintWriter writer() {
        return writer;
    }

    private synchronized void keep(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
    }

    /** {@code {"started": false, "exit_code": 2, "problems": [...]}}: every line said on stderr. */
    synchronized String json(int exitCode) throws JsonProcessingException {
        writer.flush();
        List<String> problems = new ArrayList<>(lines);
        if (!current.isEmpty()) {
            problems.add(current.toString());
        }
        problems.removeIf(String::isBlank);
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("started", false);
        refusal.put("exit_code", exitCode);
        refusal.put("problems", problems);
        return new ObjectMapper().writeValueAsString(refusal);
    }
}

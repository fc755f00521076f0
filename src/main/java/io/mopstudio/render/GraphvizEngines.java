package io.mopstudio.render;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizJdkEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.script.ScriptEngineManager;

/**
 * Picks graphviz-java's engine once, explicitly, so the window lays out graphs without a native
 * Graphviz: the {@code dot} command if installed; else V8 (J2V8, bundled), extracting its native
 * library into {@code nativeDir} rather than the shared temp folder; else the JDK's JavaScript
 * engine (GraalJS, slow). Each is kept only if a trial layout succeeds.
 *
 * <p>graphviz-java keeps the chosen engine in static state, and the V8 engine only works on the
 * thread that created it: call {@link #choose} and every layout from one thread.
 */
public final class GraphvizEngines {

    /** An engine to try; {@code missing} says, without trying, why it cannot work here (graphviz-java only logs it). */
    private record Candidate(String name, Supplier<Optional<String>> missing, Supplier<GraphvizEngine> create) {
    }

    private GraphvizEngines() {
    }

    /** The name of the engine in use, or why none could be used. */
    public static Choice choose(Path nativeDir) {
        List<String> failures = new ArrayList<>();
        for (Candidate candidate : candidates(nativeDir)) {
            Optional<String> missing = candidate.missing().get();
            if (missing.isPresent()) {
                failures.add(candidate.name() + ": " + missing.get());
                continue;
            }
            try {
                Graphviz.useEngine(candidate.create().get());
                Graphviz.fromString("digraph { a -> b }").render(Format.PLAIN).toString();
                return new Choice(Optional.of(candidate.name()), List.copyOf(failures));
            } catch (RuntimeException | LinkageError e) {
                failures.add(candidate.name() + ": " + firstLine(e));
            }
        }
        return new Choice(Optional.empty(), List.copyOf(failures));
    }

    /** What {@link #choose} found: the engine's name, and what failed before it. */
    public record Choice(Optional<String> engine, List<String> failures) {

        public String failureText() {
            return failures.isEmpty() ? "no graphviz engine" : String.join("; ", failures);
        }
    }

    public static void release() {
        try {
            Graphviz.releaseEngine();
        } catch (RuntimeException e) {
            // Closing at exit: an engine that fails to release has nothing left to lose.
        }
    }

    private static List<Candidate> candidates(Path nativeDir) {
        return List.of(
                new Candidate("dot command", GraphvizEngines::noDotCommand, GraphvizCmdLineEngine::new),
                new Candidate("V8", Optional::empty, () -> new GraphvizV8Engine(extractionFolder(nativeDir))),
                new Candidate("JDK JavaScript", GraphvizEngines::noJavaScript, GraphvizJdkEngine::new));
    }

    private static Optional<String> noDotCommand() {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "dot")) || Files.isExecutable(Path.of(dir, "dot.exe")));
        return found ? Optional.empty() : Optional.of("not installed");
    }

    /** GraalJS on the class path, or a JavaScript script engine (Java 8 to 14 shipped Nashorn). */
    private static Optional<String> noJavaScript() {
        boolean graal = GraphvizEngines.class.getClassLoader().getResource("org/graalvm/polyglot/Context.class") != null;
        boolean scripting = new ScriptEngineManager().getEngineByName("javascript") != null;
        return graal || scripting ? Optional.empty() : Optional.of("no JavaScript engine in this Java");
    }

    private static String extractionFolder(Path nativeDir) {
        try {
            Files.createDirectories(nativeDir);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new IllegalStateException("cannot create " + nativeDir + " (" + reason + ")", e);
        }
        return nativeDir.toAbsolutePath().toString();
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}

package io.mopstudio.cli;

import io.mopstudio.render.GraphvizEngines;
import io.mopstudio.render.MopRender;
import io.mopstudio.ui.canvas.AutoLayout;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mop-studio render FILE --format svg|png -o OUT}: both graphs as a picture, node ids visible. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a MOP's execution graph (with pre-checks and validation) and rollback graph as SVG or"
                + " PNG, for change tickets and wikis.%n"
                + "Exit codes: 0 written, 1 the MOP cannot be read or drawn, 2 usage error.")
public final class RenderCommand implements Callable<Integer> {

    /** The formats, as written on the command line. */
    enum Format { svg, png }

    @Parameters(paramLabel = "FILE", description = "the MOP file")
    private Path file;

    @Option(names = "--format", paramLabel = "svg|png",
            description = "svg or png; by default what OUT ends in (.svg or .png; another ending is refused),"
                    + " else svg")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the picture to write")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Format> named = formatNamedBy(output);
        if (format != null && named.isPresent() && named.get() != format) {
            err.println("mop-studio render: --format " + format + " but " + output + " ends in ." + named.get()
                    + "; give a matching name, or leave --format out");
            err.flush();
            return ExitCodes.USAGE;
        }
        Optional<String> otherExtension = extension(output).filter(ext -> named.isEmpty());
        if (this.format == null && otherExtension.isPresent()) {
            // x.pdf would have held an SVG: a file named for one format should not hold another.
            err.println("mop-studio render: " + output + " ends in ." + otherExtension.get()
                    + ", but render writes svg or png; name it .svg or .png, or give --format to write it anyway");
            err.flush();
            return ExitCodes.USAGE;
        }
        Format format = this.format != null ? this.format : named.orElse(Format.svg);
        // Checked as validate checks it, so the errors listed are all of them, not the loader's alone.
        Validation loaded = new ValidationContexts().asWritten(file);
        if (loaded.mop().isEmpty()) {
            loaded.problems().forEach(err::println);
            if (loaded.problems().stream().noneMatch(p -> p.rule().startsWith("io."))) {
                err.println(file + ": cannot be drawn until it reads as a MOP");
            }
            err.flush();
            return ExitCodes.INVALID;
        }
        if (loaded.hasErrors()) {
            // Still drawn (a picture helps to see a cycle), but never silently: say what is wrong.
            loaded.problems().stream().filter(io.mopstudio.yaml.Problem::isError).forEach(err::println);
            err.println("warning: " + file + " has errors; drawn as written, but it will not validate or run");
        }
        java.nio.file.Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            err.println("mop-studio render: the folder " + parent + " does not exist");
            err.flush();
            return ExitCodes.USAGE;
        }
        // svgSalamander, which rasterises PNGs, logs one warning per label for fonts it lacks; text still draws.
        Logger rasterizer = Logger.getLogger("com.kitfox.svg");
        rasterizer.setLevel(Level.SEVERE);
        GraphvizEngines.Choice engine = GraphvizEngines.choose(AutoLayout.defaultNativeDir());
        try {
            if (engine.engine().isEmpty()) {
                err.println("mop-studio render: no graphviz engine works here: " + engine.failureText());
                err.flush();
                return ExitCodes.INVALID;
            }
            MopRender.write(loaded.mop().get(), format == Format.svg ? MopRender.Kind.SVG : MopRender.Kind.PNG,
                    output.toFile());
            out.println(output + ": " + format + " of " + loaded.mop().get().mopId());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("mop-studio render: could not write " + output + ": " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } finally {
            if (engine.engine().isPresent()) {
                GraphvizEngines.release();
            }
        }
    }

    /** What a file name ends in after its last dot, if it has one (not a leading dot). */
    private static Optional<String> extension(Path output) {
        String name = String.valueOf(output.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? Optional.of(name.substring(dot + 1)) : Optional.empty();
    }

    /** The format a file name asks for by its extension (any case), if it is .svg or .png. */
    static Optional<Format> formatNamedBy(Path output) {
        String name = String.valueOf(output.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(Format.values()).filter(f -> name.endsWith("." + f.name())).findFirst();
    }
}

package io.mopstudio.ui.builder;

import io.mopstudio.render.MopRender;
import java.io.File;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture an export writes and the file it goes to: the format the chooser's filter names (the
 * name proposed ends in .svg, and choosing "PNG picture" left it so: an SVG was written), with the
 * file's extension made to match it.
 */
record ExportTarget(File file, MopRender.Kind kind) {

    static final String SVG_FILTER = "SVG picture";
    static final String PNG_FILTER = "PNG picture";

    static ExportTarget of(File chosen, Optional<String> filter) {
        String name = chosen.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        MopRender.Kind kind = filter.map(f -> f.equals(PNG_FILTER) ? MopRender.Kind.PNG : MopRender.Kind.SVG)
                .orElse(lower.endsWith(".png") ? MopRender.Kind.PNG : MopRender.Kind.SVG);
        String extension = kind == MopRender.Kind.PNG ? ".png" : ".svg";
        if (lower.endsWith(extension)) {
            return new ExportTarget(chosen, kind);
        }
        String base = lower.endsWith(".svg") || lower.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        return new ExportTarget(new File(chosen.getParentFile(), base + extension), kind);
    }
}

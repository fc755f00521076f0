package io.mopstudio.ui.forms;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.layout.Layout;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Retries;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.PlacedLayout;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.EditException;
import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.RemoveEntry;
import io.mopstudio.yaml.edit.RenameStep;
import io.mopstudio.yaml.edit.SetValue;
import io.mopstudio.yaml.edit.SourceText;
import io.mopstudio.yaml.edit.WrittenText;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * What the forms change, as yaml.edit commands on the document's undo stack: a field set to typed
 * text (written as YAML of its type), a field cleared (its key removed), a step renamed with every
 * reference and its saved position. Empty on success, else the reason nothing changed.
 */
public final class FormEdits {

    /** Fields whose value is a word from a fixed list, a number or a duration, and the rest are text. */
    private static final List<String> WORDS = List.of("on_failure", "blast_radius", "blast_radius_max");

    private final MopDocument document;
    private final BiConsumer<NodeKey, NodeKey> renamed;

    /** {@code renamed} is told a step's key before and after a rename, so that its selection can follow it. */
    public FormEdits(MopDocument document, BiConsumer<NodeKey, NodeKey> renamed) {
        this.document = document;
        this.renamed = renamed;
    }

    /** The path of a node's field: {@code execution_graph.drain.timeout}, {@code pre_checks.service_state.target}. */
    public static String path(NodeKey node, String field) {
        return PlacedLayout.section(node.kind()) + "." + node.id() + "." + field;
    }

    /** Whether the file writes this field of the node, rather than leaving it to the format's default. */
    public boolean written(NodeKey node, String field) {
        try {
            return WrittenText.has(SourceText.parse(document.getText(), document.fileName()), path(node, field));
        } catch (EditException e) {
            return false;
        }
    }

    /**
     * What a field shows: the model's value, or when the file writes one the model could not take (a
     * {@code timeout_seconds: -5} that Problems lists), that text, so the mistake can be seen and fixed.
     */
    public String shown(NodeKey node, String field, Optional<String> modelValue) {
        if (modelValue.isPresent()) {
            return modelValue.get();
        }
        try {
            return WrittenText.scalar(SourceText.parse(document.getText(), document.fileName()), path(node, field))
                    .orElse("");
        } catch (EditException e) {
            return "";
        }
    }

    public Optional<String> setField(NodeKey node, String field, String text) {
        return set(path(node, field), field, text, fieldType(field));
    }

    public Optional<String> setParam(NodeKey node, String param, String text, ParamType type) {
        String path = node.kind().isCheck() ? path(node, param) : path(node, "params." + param);
        return set(path, param, text, type);
    }

    /** A list parameter as the list editor holds it: written as a one-line list, removed when empty. */
    public Optional<String> setList(NodeKey node, String param, List<String> items) {
        String path = node.kind().isCheck() ? path(node, param) : path(node, "params." + param);
        return items.isEmpty() ? apply("clear " + param, new RemoveEntry(path))
                : apply("set " + param, new SetValue(path, YamlScalars.list(items)));
    }

    /** One field of a step's retries (count, delay, backoff, total), the others kept as {@code current} has them. */
    public Optional<String> setRetries(NodeKey node, Retries current, RetriesText.Field field, String text) {
        Retries next;
        try {
            next = RetriesText.with(current, field, text);
        } catch (IllegalArgumentException e) {
            return Optional.of("retries " + field.key() + ": " + e.getMessage());
        }
        String path = path(node, "retries");
        return RetriesText.yaml(next).map(yaml -> apply("set retries " + field.key(), new SetValue(path, yaml)))
                .orElseGet(() -> apply("clear retries", new RemoveEntry(path)));
    }

    /** The MOP's inputs: added, removed and edited through the same undo stack. */
    public InputEdits inputs() {
        return new InputEdits(document);
    }

    /** The MOP's pre-checks: added, removed and reordered (one check's fields go through {@link #setField}). */
    public PreCheckEdits preChecks() {
        return new PreCheckEdits(document);
    }

    /** The MOP's snapshots: added, removed and edited. */
    public SnapshotEdits snapshots() {
        return new SnapshotEdits(document);
    }

    /** The MOP's own validation window and interval. */
    public ValidationTimingEdits validationTiming() {
        return new ValidationTimingEdits(document);
    }

    /** A MOP header field (mop_id, name, version, category, blast_radius_max). */
    public Optional<String> setHeader(String field, String text) {
        if (text.isBlank()) {
            return apply("clear " + field, new RemoveEntry(field));
        }
        String yaml;
        if (field.equals("version")) {
            // Text fields are read as written, but editors using the schema expect a quoted version.
            yaml = "\"" + text.strip().replace("\"", "\\\"") + "\"";
        } else {
            try {
                yaml = yaml(field, text, fieldType(field));
            } catch (IllegalArgumentException e) {
                return Optional.of(field + ": " + e.getMessage());
            }
        }
        return apply("set " + field, HeaderPlacement.newKey(document.getText(), field, yaml)
                .orElseGet(() -> new SetValue(field, yaml)));
    }

    public Optional<String> rename(GraphKind graph, String oldId, String newId) {
        String id = newId.strip();
        if (id.equals(oldId)) {
            return Optional.empty();
        }
        NodeKey before = NodeKey.step(graph, oldId);
        NodeKey after = NodeKey.step(graph, id);
        UnaryOperator<Layout> keepPosition = layout -> PlacedLayout.topLeft(layout, before)
                .map(p -> {
                    Layout moved = new Layout(layout.positions().stream()
                            .filter(q -> !q.key().equals(PlacedLayout.layoutKey(before))).toList());
                    return moved.with(PlacedLayout.position(after, p));
                }).orElse(layout);
        Optional<String> refused = document.apply("rename " + oldId + " to " + id, List.of(new RenameStep(oldId, id)),
                keepPosition);
        if (refused.isEmpty()) {
            renamed.accept(before, after);
        }
        return refused;
    }

    private Optional<String> set(String path, String field, String text, ParamType type) {
        if (text.isBlank()) {
            return apply("clear " + field, new RemoveEntry(path));
        }
        try {
            return apply("set " + field, new SetValue(path, yaml(field, text, type)));
        } catch (IllegalArgumentException e) {
            return Optional.of(field + ": " + e.getMessage());
        }
    }

    private static String yaml(String field, String text, ParamType type) {
        return WORDS.contains(field) ? text.strip() : YamlScalars.typed(text, type);
    }

    private Optional<String> apply(String label, MopEdit edit) {
        return document.apply(label, edit);
    }

    static ParamType fieldType(String field) {
        return switch (field) {
            case "timeout" -> ParamType.DURATION;
            case "retries", "timeout_seconds" -> ParamType.INTEGER;
            case "abort_on_fail" -> ParamType.BOOLEAN;
            case "depends_on", "compensates" -> ParamType.LIST;
            default -> ParamType.STRING;
        };
    }
}

package io.mopstudio.ui.forms;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Where a set of parameter fields writes, and what they offer: a node's parameters (a step's
 * {@code params}, a check's keys beside {@code check}) or a snapshot's. {@code idPrefix} keeps the
 * control ids of several such sets on one form apart; {@code owner} names what the parameters belong to.
 */
record ParamTarget(String idPrefix, String owner, TemplateNames names, Setter set,
        BiFunction<String, List<String>, Optional<String>> setList) {

    /** Writes one parameter from a field's text as a value of its type; empty on success, else why not. */
    interface Setter {
        Optional<String> set(String param, String text, ParamType type);
    }

    /** A node's parameters, through the same edits as its own form. */
    static ParamTarget of(FormContext context, NodeKey node, String idPrefix) {
        FormEdits edits = context.edits();
        return new ParamTarget(idPrefix, node.kind().isCheck() ? "check" : "action",
                TemplateScope.names(context.mop(), node, context.environment(), context.catalog()),
                (param, text, type) -> edits.setParam(node, param, text, type),
                (param, items) -> edits.setList(node, param, items));
    }
}

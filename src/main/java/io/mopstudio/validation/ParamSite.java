package io.mopstudio.validation;

import io.mopstudio.model.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;

/** One parameter as written: its name, where its key is, and its value's node. */
record ParamSite(String name, SourcePosition keyPosition, Node value) {
}

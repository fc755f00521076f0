package io.mopstudio.yaml.edit;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A plain identifier written in the quoting style the old scalar had. */
final class ValueTextFor {

    private ValueTextFor() {
    }

    static String sameStyle(ScalarNode old, String identifier) {
        if (old.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            return "\"" + identifier + "\"";
        }
        if (old.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
            return "'" + identifier + "'";
        }
        return identifier;
    }
}

package io.mopstudio.ui.builder;

/** The text a new MOP starts from: the required header and an empty execution graph to drop steps into. */
final class NewMop {

    static final String TEXT = """
            mop_id: MOP-NEW
            name: "New MOP"
            version: "0.1.0"
            category: general

            execution_graph: []
            """;

    private NewMop() {
    }
}

package io.mopstudio.ui.forms;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import io.mopstudio.model.Mop;
import java.util.Optional;
import java.util.function.Consumer;

/** What every form is built from: the MOP as last read, the catalog, the chosen environment, where edits go and where refusals are said. */
public record FormContext(Mop mop, Catalog catalog, Optional<Environment> environment, FormEdits edits,
        Consumer<String> refusals) {
}

package io.mopstudio.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.validation.ValidationContexts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {

    private final PaletteViewModel palette = new PaletteViewModel();

    @Test
    void groupsByTheNameBeforeTheLastDotAndFiltersByNameOrDescription() {
        palette.setCatalog(new ValidationContexts().bundled().valid().orElseThrow().catalog());
        Map<String, List<PaletteItem>> groups = palette.groupsProperty().get();
        assertEquals(List.of("db.connection_pool.drain", "db.connection_pool.reset",
                "db.connection_pool.restore_config"), groups.get("db.connection_pool").stream().map(PaletteItem::name)
                .toList());
        assertTrue(groups.get("checks · connection-pool-http").stream().anyMatch(i -> i.name().equals("service_state")),
                "a check without a dot is grouped under its catalog");
        assertEquals(List.of("wait"), groups.get("general").stream().map(PaletteItem::name).toList(),
                "an action without a dot is not the catalog's own");

        palette.filterProperty().set("DRAIN");
        assertEquals(Map.of("db.connection_pool", List.of("db.connection_pool.drain")),
                names(palette.groupsProperty().get()));
        palette.filterProperty().set("in-flight");
        assertEquals(List.of("db.connection_pool.drain"), names(palette.groupsProperty().get()).values().stream()
                .flatMap(List::stream).toList(), "descriptions are searched too");
        palette.filterProperty().set("nothing-like-this");
        assertTrue(palette.groupsProperty().get().isEmpty());
    }

    private static Map<String, List<String>> names(Map<String, List<PaletteItem>> groups) {
        return groups.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(PaletteItem::name).toList()));
    }
}

package io.mopstudio.ui.palette;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The palette: the catalog's actions and checks grouped by category (the name before its last dot,
 * else the catalog's name), filtered by the search text against names and descriptions.
 */
public final class PaletteViewModel {

    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<String, List<PaletteItem>>> groups =
            new ReadOnlyObjectWrapper<>(Map.of());
    private List<PaletteItem> all = List.of();

    public PaletteViewModel() {
        filter.addListener((obs, old, text) -> regroup());
    }

    public void setCatalog(Catalog catalog) {
        List<PaletteItem> items = new ArrayList<>();
        catalog.actions().values().forEach(e -> items.add(item(e, false, catalog.name())));
        catalog.checks().values().forEach(e -> items.add(item(e, true, catalog.name())));
        all = List.copyOf(items);
        regroup();
    }

    private static PaletteItem item(CatalogEntry entry, boolean check, String catalogName) {
        int dot = entry.name().lastIndexOf('.');
        // A dotless action (wait) is no more the catalog's than any other: it goes under "general".
        String category = dot > 0 ? entry.name().substring(0, dot) : check ? catalogName : "general";
        return new PaletteItem(check, entry.name(), (check ? "checks · " : "") + category, entry.description());
    }

    private void regroup() {
        String wanted = filter.get().strip().toLowerCase(Locale.ROOT);
        Map<String, List<PaletteItem>> out = new TreeMap<>();
        for (PaletteItem item : all) {
            if (wanted.isEmpty() || item.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || item.description().toLowerCase(Locale.ROOT).contains(wanted)) {
                out.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item);
            }
        }
        Map<String, List<PaletteItem>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        groups.set(frozen);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Category → its items that match the filter; categories with none are left out. */
    public ReadOnlyObjectProperty<Map<String, List<PaletteItem>>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }
}

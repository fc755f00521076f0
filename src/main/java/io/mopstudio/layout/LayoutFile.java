package io.mopstudio.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the sidecar {@code <name>.layout.json} beside a MOP. A missing sidecar is an
 * empty layout; a corrupt one is an empty layout with a warning, never a reason to refuse the MOP.
 */
public final class LayoutFile {

    /** What loading gave: the layout, and a warning when the sidecar could not be used. */
    public record Loaded(Layout layout, List<String> warnings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private LayoutFile() {
    }

    public static Path sidecarOf(Path mopFile) {
        String name = mopFile.getFileName().toString();
        String base = name.replaceFirst("\\.ya?ml$", "");
        return mopFile.resolveSibling(base + ".layout.json");
    }

    public static Loaded load(Path mopFile) {
        Path sidecar = sidecarOf(mopFile);
        try {
            JsonNode root = JSON.readTree(Files.readString(sidecar));
            List<NodePosition> positions = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            JsonNode nodes = root == null ? null : root.get("nodes");
            if (nodes == null || !nodes.isArray()) {
                return corrupt(sidecar, "it has no \"nodes\" list");
            }
            for (JsonNode node : nodes) {
                if (node.path("graph").isTextual() && node.path("id").isTextual() && node.path("x").isNumber()
                        && node.path("y").isNumber()) {
                    positions.add(new NodePosition(node.get("graph").asText(), node.get("id").asText(),
                            node.get("x").asDouble(), node.get("y").asDouble()));
                } else {
                    warnings.add(sidecar + ": an entry without graph, id, x and y was skipped");
                }
            }
            return new Loaded(new Layout(positions), warnings);
        } catch (NoSuchFileException e) {
            return new Loaded(Layout.EMPTY, List.of());
        } catch (JsonProcessingException e) {
            return corrupt(sidecar, "it is not JSON");
        } catch (IOException e) {
            return corrupt(sidecar, "it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Loaded corrupt(Path sidecar, String why) {
        return new Loaded(Layout.EMPTY, List.of(sidecar + ": layout ignored, " + why + "; nodes are placed"
                + " automatically and the file is rewritten when they move"));
    }

    public static void save(Path mopFile, Layout layout) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode nodes = root.putArray("nodes");
        for (NodePosition p : layout.positions()) {
            nodes.addObject().put("graph", p.graph()).put("id", p.id()).put("x", p.x()).put("y", p.y());
        }
        AtomicFile.write(sidecarOf(mopFile), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}

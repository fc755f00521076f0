package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.yaml.Problem;
import java.util.List;
import java.util.Locale;

/**
 * Validation findings as one JSON object for CI: {@code {catalog, errors, warnings, files: [{file, catalog,
 * valid, errors, warnings, findings: [{file, line, column, severity, rule, message}]}]}}; a file's catalog
 * differs from the top one when a shipped catalog was chosen for it.
 */
final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {
    }

    static String write(String catalog, List<FileFindings> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("catalog", catalog);
        long errors = 0;
        long warnings = 0;
        ArrayNode files = root.putArray("files");
        for (FileFindings result : results) {
            ObjectNode file = files.addObject();
            long fileErrors = result.errorCount();
            long fileWarnings = result.findings().size() - fileErrors;
            file.put("file", result.file().toString());
            file.put("catalog", result.catalog());
            file.put("valid", fileErrors == 0);
            file.put("errors", fileErrors);
            file.put("warnings", fileWarnings);
            ArrayNode findings = file.putArray("findings");
            result.findings().forEach(problem -> finding(findings.addObject(), problem));
            errors += fileErrors;
            warnings += fileWarnings;
        }
        root.put("errors", errors);
        root.put("warnings", warnings);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this is unreachable in practice.
            throw new IllegalStateException(e);
        }
    }

    private static void finding(ObjectNode node, Problem problem) {
        node.put("file", problem.position().file());
        node.put("line", problem.position().line());
        node.put("column", problem.position().column());
        node.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
        node.put("rule", problem.rule());
        node.put("message", problem.message());
    }
}

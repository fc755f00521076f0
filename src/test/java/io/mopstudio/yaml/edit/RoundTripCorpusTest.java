package io.mopstudio.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import io.mopstudio.testing.ValidMops;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid MOP survives opening and saving byte for byte, and a scripted set of edits changes
 * only the lines each edit needs; each edit's inverse restores the original exactly.
 */
class RoundTripCorpusTest {

    private static final MopValidator VALIDATOR = new MopValidator(
            new ValidationContexts().bundled().valid().orElseThrow());
    private static final MopEditor EDITOR = new MopEditor();

    static Stream<Path> validMops() throws Exception {
        List<Path> all = ValidMops.all();
        assertTrue(all.size() >= 30, "the round-trip corpus holds at least 30 MOPs: " + all.size());
        return all.stream();
    }

    private static String read(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Applies an edit, checks its inverse restores the text, and that the result validates cleanly. */
    private static String edited(String text, Path file, MopEdit edit) throws EditException {
        EditResult result = EDITOR.apply(text, file.toString(), edit);
        assertEquals(text, EDITOR.apply(result.text(), file.toString(), result.inverse()).text(), "inverse of " + edit);
        Validation validation = VALIDATOR.validate(result.text(), file.toString());
        assertEquals(List.of(), validation.problems(), () -> edit + " gave:\n" + result.text());
        return result.text();
    }

    private static Mop mop(String text, Path file) {
        return VALIDATOR.validate(text, file.toString()).mop().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void savingWithoutAnEditKeepsEveryByte(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String saved = EDITOR.apply(read(file), file.toString(), new ReplaceText(Patch.NONE)).text();
        assertArrayEquals(bytes, saved.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void changingANumberChangesOneLine(Path file) throws Exception {
        String text = read(file);
        Optional<Map.Entry<String, Long>> number = firstIntegerParam(mop(text, file));
        if (number.isEmpty()) {
            return;
        }
        long old = number.get().getValue();
        String after = edited(text, file, new SetValue(number.get().getKey(), String.valueOf(old + 1)));
        List<Integer> changed = LineDiff.changedLines(text, after);
        assertEquals(1, changed.size(), () -> "one line changes:\n" + after);
        String oldLine = text.lines().toList().get(changed.get(0));
        assertEquals(oldLine.replace(String.valueOf(old), String.valueOf(old + 1)), after.lines().toList().get(changed.get(0)));
    }

    private static Optional<Map.Entry<String, Long>> firstIntegerParam(Mop mop) {
        for (Step step : mop.executionGraph()) {
            for (Map.Entry<String, Object> param : step.params().entrySet()) {
                if (param.getValue() instanceof Long n) {
                    return Optional.of(Map.entry("execution_graph." + step.id() + ".params." + param.getKey(), n));
                }
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void renamingAStepChangesOnlyTheLinesThatNameIt(Path file) throws Exception {
        String text = read(file);
        Mop before = mop(text, file);
        String oldId = before.executionGraph().get(0).id();
        String newId = oldId + "_renamed";
        String after = edited(text, file, new RenameStep(oldId, newId));
        for (int line : LineDiff.changedLines(text, after)) {
            assertTrue(text.lines().toList().get(line).contains(oldId), "line " + (line + 1) + " did not name the step");
        }
        Mop renamed = mop(after, file);
        assertEquals(before.executionGraph().stream().map(s -> s.id().equals(oldId) ? newId : s.id()).toList(),
                renamed.executionGraph().stream().map(Step::id).toList());
        assertEquals(before.executionGraph().stream().map(s -> s.dependsOn().stream()
                        .map(d -> d.equals(oldId) ? newId : d).toList()).toList(),
                renamed.executionGraph().stream().map(Step::dependsOn).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void addingADependencyTouchesOneLine(Path file) throws Exception {
        String text = read(file);
        List<Step> steps = mop(text, file).executionGraph();
        Step first = steps.get(0);
        Step last = steps.get(steps.size() - 1);
        if (first == last || !first.dependsOn().isEmpty() || last.dependsOn().contains(first.id())) {
            return;
        }
        String after = edited(text, file, new AddDependency(last.id(), first.id()));
        assertTrue(LineDiff.isOneLineChangedOrAdded(text, after), () -> "one line:\n" + after);
        assertTrue(mop(after, file).step(GraphKind.EXECUTION, last.id()).orElseThrow().dependsOn().contains(first.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void anAddedStepOnlyAddsLines(Path file) throws Exception {
        String text = read(file);
        String after = edited(text, file, new AddStep(GraphKind.EXECUTION,
                "id: added_by_test\naction: http.request\nparams:\n  url: http://localhost:1/ok"));
        assertTrue(LineDiff.isPureInsertion(text, after), () -> "only added lines:\n" + after);
        assertTrue(mop(after, file).step(GraphKind.EXECUTION, "added_by_test").isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMops")
    void aRemovedStepTakesOnlyItsLinesAndReferences(Path file) throws Exception {
        String text = read(file);
        Mop before = mop(text, file);
        Optional<Step> removable = before.executionGraph().stream().skip(1)
                .filter(s -> !text.contains("steps." + s.id() + ".")).reduce((a, b) -> b);
        if (removable.isEmpty()) {
            return;
        }
        String id = removable.get().id();
        String after = edited(text, file, new RemoveStep(id));
        assertTrue(LineDiff.keepsOtherLines(text, after, List.of("depends_on", "compensates", "- " + id)),
                () -> "only the step and references to it change:\n" + after);
        Mop removed = mop(after, file);
        assertEquals(before.executionGraph().size() - 1, removed.executionGraph().size());
        assertTrue(removed.executionGraph().stream().noneMatch(s -> s.dependsOn().contains(id)));
    }

    @Test
    void theCorpusExercisesEveryKindOfEdit() throws Exception {
        long withNumbers = ValidMops.all().stream().filter(f -> firstIntegerParam(mop(readUnchecked(f), f)).isPresent())
                .count();
        assertTrue(withNumbers >= 10, "MOPs with a number to change: " + withNumbers);
    }

    private static String readUnchecked(Path file) {
        try {
            return read(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

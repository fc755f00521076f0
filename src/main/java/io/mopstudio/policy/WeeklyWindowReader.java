package io.mopstudio.policy;

import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Suggestions;
import io.mopstudio.yaml.YamlDocument;
import io.mopstudio.yaml.YamlMap;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code days}, {@code from} and {@code to} of a maintenance window or the business hours. */
final class WeeklyWindowReader {

    private static final Map<String, DayOfWeek> DAYS = dayWords();

    private final YamlDocument doc;
    private final List<Problem> problems;

    WeeklyWindowReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /** {@code what} names the window in messages, e.g. "maintenance window 'weeknight'". */
    Optional<WeeklyWindow> read(YamlMap map, String name, String what) {
        Optional<Set<DayOfWeek>> days = days(map, what);
        Optional<TimeOfDay> from = time(map, "from", what, false);
        Optional<TimeOfDay> to = time(map, "to", what, true);
        if (days.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().equals(to.get())) {
            problems.add(Problem.error(map.keyPosition("to"), "policy.empty_window", what + " opens and closes at "
                    + from.get() + "; for a whole day write from \"00:00\" to \"24:00\""));
            return Optional.empty();
        }
        return Optional.of(new WeeklyWindow(name, days.get(), from.get(), to.get()));
    }

    private Optional<Set<DayOfWeek>> days(YamlMap map, String what) {
        if (map.node("days").isEmpty()) {
            problems.add(Problem.error(map.position(), "structure.required",
                    what + " is missing required field 'days'"));
            return Optional.empty();
        }
        Optional<List<Node>> items = map.sequence("days");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            problems.add(Problem.error(map.keyPosition("days"), "policy.day",
                    "'days' of " + what + " must name at least one day, e.g. [mon, tue]"));
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean allKnown = true;
        for (Node item : items.get()) {
            Optional<DayOfWeek> day = item instanceof ScalarNode scalar
                    ? Optional.ofNullable(DAYS.get(scalar.getValue().strip().toLowerCase(Locale.ROOT)))
                    : Optional.empty();
            if (day.isPresent()) {
                days.add(day.get());
            } else {
                allKnown = false;
                String typed = item instanceof ScalarNode scalar ? scalar.getValue() : "";
                String hint = Suggestions.nearest(typed.toLowerCase(Locale.ROOT), DAYS.keySet())
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.add(Problem.error(doc.position(item), "policy.day", "'" + typed + "' in 'days' of " + what
                        + " is not a day; write mon, tue, wed, thu, fri, sat or sun" + hint));
            }
        }
        return allKnown ? Optional.of(days) : Optional.empty();
    }

    private Optional<TimeOfDay> time(YamlMap map, String key, String what, boolean endOfDayAllowed) {
        Optional<String> text = map.text(key, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<TimeOfDay> time = TimeOfDay.parse(text.get())
                .filter(t -> endOfDayAllowed || !t.equals(TimeOfDay.END_OF_DAY));
        if (time.isEmpty()) {
            String range = endOfDayAllowed ? "from 00:00 to 24:00" : "from 00:00 to 23:59";
            problems.add(Problem.error(doc.position(map.node(key).orElseThrow()), "policy.time", "'" + key + "' of "
                    + what + " must be a time of day " + range + ", such as \"22:00\", not '" + text.get() + "'"));
        }
        return time;
    }

    private static Map<String, DayOfWeek> dayWords() {
        Map<String, DayOfWeek> words = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            words.put(WeeklyWindow.word(day), day);
            words.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(words);
    }
}

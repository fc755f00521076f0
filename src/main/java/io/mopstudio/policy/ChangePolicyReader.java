package io.mopstudio.policy;

import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Suggestions;
import io.mopstudio.yaml.YamlDocument;
import io.mopstudio.yaml.YamlMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an environment's {@code change_policy:} section. Problems go to the section's problem list,
 * pinned to where they were written; a section with any error gives no policy, and the
 * environment holding it must not be used.
 */
public final class ChangePolicyReader {

    static final Set<String> KEYS = Set.of("time_zone", "maintenance_windows", "freezes", "business_hours",
            "outside_windows");
    private static final Set<String> WINDOW_KEYS = Set.of("name", "days", "from", "to");
    private static final Set<String> BUSINESS_HOURS_KEYS = Set.of("days", "from", "to");
    private static final Set<String> FREEZE_KEYS = Set.of("name", "from", "to", "reason");
    /** A date and a time, never a date alone: "until 2027-01-03" could mean either end of that day. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)");

    public Optional<ChangePolicy> read(YamlMap section) {
        YamlDocument doc = section.document();
        List<Problem> problems = section.problems();
        PolicyProblems found = new PolicyProblems(problems);
        section.rejectUnknownKeys(KEYS);
        Optional<ZoneId> zone = section.text("time_zone", true).flatMap(text -> zone(section, text));
        WeeklyWindowReader weekly = new WeeklyWindowReader(doc, problems);
        List<WeeklyWindow> windows = windows(section, weekly);
        Optional<WeeklyWindow> businessHours = section.node("business_hours")
                .flatMap(node -> YamlMap.of(doc, node, "business_hours", problems))
                .flatMap(map -> {
                    map.rejectUnknownKeys(BUSINESS_HOURS_KEYS);
                    return weekly.read(map, "business hours", "business_hours");
                });
        // Without a readable zone the freezes are still checked; the policy is refused anyway.
        List<Freeze> freezes = freezes(section, zone.orElse(ZoneOffset.UTC));
        OutsideWindows outside = outsideWindows(section, windows.isEmpty());
        if (found.addedErrors() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChangePolicy(zone.get(), windows, freezes, businessHours, outside));
    }

    private static Optional<ZoneId> zone(YamlMap section, String text) {
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            String hint = Suggestions.nearest(text.strip(), ZoneId.getAvailableZoneIds())
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            section.problems().add(Problem.error(section.document().position(section.node("time_zone").orElseThrow()),
                    "policy.time_zone", "'" + text + "' is not a time zone; write a region such as Europe/Berlin,"
                            + " or UTC" + hint));
            return Optional.empty();
        }
    }

    private static List<WeeklyWindow> windows(YamlMap section, WeeklyWindowReader weekly) {
        List<WeeklyWindow> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : section.sequence("maintenance_windows").orElse(List.of())) {
            YamlMap.of(section.document(), item, "a maintenance window", section.problems()).ifPresent(map -> {
                map.rejectUnknownKeys(WINDOW_KEYS);
                Optional<String> name = map.text("name", true);
                Optional<WeeklyWindow> window = weekly.read(map, name.orElse(""),
                        "maintenance window '" + name.orElse("") + "'");
                if (name.isPresent() && !names.add(name.get())) {
                    section.problems().add(Problem.error(map.node("name").map(section.document()::position)
                            .orElse(map.position()), "policy.duplicate_name", "there is already a maintenance"
                            + " window named '" + name.get() + "'; decisions name the window, so names must differ"));
                }
                name.flatMap(n -> window).ifPresent(out::add);
            });
        }
        return out;
    }

    private static List<Freeze> freezes(YamlMap section, ZoneId zone) {
        List<Freeze> out = new ArrayList<>();
        for (Node item : section.sequence("freezes").orElse(List.of())) {
            YamlMap.of(section.document(), item, "a freeze", section.problems()).ifPresent(map -> {
                map.rejectUnknownKeys(FREEZE_KEYS);
                Optional<String> name = map.text("name", true);
                String what = "freeze '" + name.orElse("") + "'";
                Optional<Instant> from = dateTime(map, "from", what, zone);
                Optional<Instant> to = dateTime(map, "to", what, zone);
                Optional<String> reason = map.text("reason", false);
                if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
                    section.problems().add(Problem.error(map.keyPosition("to"), "policy.freeze_order", what
                            + " must end after it starts: 'to' (" + map.text("to", false).orElse("")
                            + ") is not after 'from' (" + map.text("from", false).orElse("") + ")"));
                } else if (name.isPresent() && from.isPresent() && to.isPresent()) {
                    out.add(new Freeze(name.get(), from.get(), to.get(), reason));
                }
            });
        }
        return out;
    }

    private static Optional<Instant> dateTime(YamlMap map, String key, String what, ZoneId zone) {
        Optional<String> text = map.text(key, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DATE_TIME.matcher(text.get().strip());
        try {
            if (matcher.matches()) {
                LocalDateTime local = LocalDateTime.parse(matcher.group(1) + "T" + matcher.group(2));
                return Optional.of(WallClock.instantOf(local, zone));
            }
        } catch (DateTimeException e) {
            // Falls through to the same message as text of the wrong shape: 2026-13-45T00:00 is no date either.
        }
        map.problems().add(Problem.error(map.document().position(map.node(key).orElseThrow()), "policy.date_time",
                "'" + key + "' of " + what + " must be a date and time in the policy's time zone, such as"
                        + " 2026-12-20T00:00, not '" + text.get() + "'"));
        return Optional.empty();
    }

    private static OutsideWindows outsideWindows(YamlMap section, boolean noWindows) {
        Optional<String> text = section.text("outside_windows", false);
        if (text.isEmpty()) {
            return OutsideWindows.DENY;
        }
        switch (text.get().strip()) {
            case "deny":
                if (noWindows) {
                    section.problems().add(Problem.warning(section.keyPosition("outside_windows"),
                            "policy.outside_windows_unused", "'outside_windows: deny' has no effect without"
                                    + " maintenance_windows; only freezes and business hours refuse changes"));
                }
                return OutsideWindows.DENY;
            case "allow":
                return OutsideWindows.ALLOW;
            default:
                section.problems().add(Problem.error(section.document().position(
                        section.node("outside_windows").orElseThrow()), "policy.outside_windows",
                        "'outside_windows' must be deny or allow, not '" + text.get() + "'"));
                return OutsideWindows.DENY;
        }
    }
}

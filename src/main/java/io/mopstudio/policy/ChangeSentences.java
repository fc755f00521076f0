package io.mopstudio.policy;

import io.mopstudio.model.Durations;
import io.mopstudio.policy.ChangeWindowCheck.Moment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plain sentences an operator reads about a change decision, with times in the policy's zone. */
final class ChangeSentences {

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz",
            Locale.ENGLISH);

    private final ZoneId zone;

    ChangeSentences(ZoneId zone) {
        this.zone = zone;
    }

    String permitted(Ruling now, Instant at, Optional<Moment> until) {
        String why = now.kind() == ChangeRuleKind.MAINTENANCE_WINDOW
                ? "inside maintenance window " + now.name() + " (" + now.window().orElseThrow().describe() + ")"
                : "no rule restricts changes now";
        String lasting = until.map(end -> ", for " + left(Duration.between(at, end.at())) + " more, until "
                + time(end.at()) + " (then " + end.ruling().label() + ")")
                .orElse(", with no end within the next " + ChangeWindowCheck.HORIZON.toDays() + " days");
        return "Permitted: " + why + lasting + ".";
    }

    String denied(Ruling now, ChangePolicy policy, Optional<Moment> next) {
        String why = switch (now.kind()) {
            case FREEZE -> {
                Freeze freeze = now.freeze().orElseThrow();
                yield freeze.name() + freeze.reason().map(r -> " (" + r + ")").orElse("") + " until "
                        + time(freeze.to());
            }
            case BUSINESS_HOURS -> "business hours (" + now.window().orElseThrow().describe() + " " + zone.getId()
                    + ") allow changes only inside a maintenance window";
            default -> "outside maintenance windows (" + policy.maintenanceWindows().stream()
                    .map(WeeklyWindow::name).collect(Collectors.joining(", ")) + ")";
        };
        String when = next.map(n -> "; next permitted " + time(n.at()) + " (" + n.ruling().label() + ")")
                .orElse("; no permitted time within the next " + ChangeWindowCheck.HORIZON.toDays() + " days");
        return "Denied: " + why + when + ".";
    }

    String time(Instant instant) {
        return instant.atZone(zone).format(WALL_TIME);
    }

    private static String left(Duration duration) {
        Duration minutes = duration.truncatedTo(ChronoUnit.MINUTES);
        return minutes.isZero() ? "less than a minute" : Durations.format(minutes);
    }
}

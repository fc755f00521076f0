package io.mopstudio.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A change policy laid out over a span of time: every instant at which its answer can change, and
 * its answer at any instant of the span. Between two boundaries the answer is constant, so
 * searching the boundaries finds the next permitted instant exactly, without stepping by minutes.
 */
final class ChangeTimeline {

    /** No opening lasts longer than a whole day plus a daylight-saving hour. */
    private static final Duration LONGEST_OPENING = Duration.ofHours(26);

    private final ChangePolicy policy;
    private final Instant from;
    private final Instant to;
    private final NavigableMap<Instant, List<Occurrence>> windowsByStart = new TreeMap<>();
    private final NavigableMap<Instant, List<Occurrence>> businessHoursByStart = new TreeMap<>();
    private final NavigableSet<Instant> boundaries = new TreeSet<>();

    ChangeTimeline(ChangePolicy policy, Instant from, Instant to) {
        this.policy = policy;
        this.from = from;
        this.to = to;
        ZoneId zone = policy.timeZone();
        // A window that crosses midnight may have opened the day before the span starts.
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last);
                date = date.plusDays(1)) {
            List<WeeklyWindow> windows = policy.maintenanceWindows();
            for (int i = 0; i < windows.size(); i++) {
                windows.get(i).occurrenceOn(date, zone, i).ifPresent(o -> add(windowsByStart, o));
            }
            LocalDate day = date;
            policy.businessHours().flatMap(hours -> hours.occurrenceOn(day, zone, 0))
                    .ifPresent(o -> add(businessHoursByStart, o));
        }
        for (Freeze freeze : policy.freezes()) {
            mark(freeze.from());
            mark(freeze.to());
        }
    }

    /** The instants after the span's start, up to its end, at which the answer may change; earliest first. */
    NavigableSet<Instant> boundaries() {
        return boundaries;
    }

    /** Freezes first, then maintenance windows, then business hours, then the time outside windows. */
    Ruling rulingAt(Instant instant) {
        Optional<Freeze> freeze = policy.freezes().stream().filter(f -> f.contains(instant))
                .max(Comparator.comparing(Freeze::to));
        if (freeze.isPresent()) {
            return new Ruling(false, ChangeRuleKind.FREEZE, freeze.get().name(), freeze, Optional.empty());
        }
        Optional<Occurrence> window = openAt(windowsByStart, instant);
        if (window.isPresent()) {
            WeeklyWindow open = window.get().window();
            return new Ruling(true, ChangeRuleKind.MAINTENANCE_WINDOW, open.name(), Optional.empty(),
                    Optional.of(open));
        }
        if (openAt(businessHoursByStart, instant).isPresent()) {
            return new Ruling(false, ChangeRuleKind.BUSINESS_HOURS, "business hours", Optional.empty(),
                    policy.businessHours());
        }
        if (policy.deniesOutsideWindows()) {
            return Ruling.of(false, ChangeRuleKind.OUTSIDE_WINDOWS, "outside maintenance windows");
        }
        return Ruling.of(true, ChangeRuleKind.NO_RESTRICTION, "no restriction");
    }

    /** Where several windows are open, the one written first in the policy names the permission. */
    private static Optional<Occurrence> openAt(NavigableMap<Instant, List<Occurrence>> byStart, Instant instant) {
        return byStart.subMap(instant.minus(LONGEST_OPENING), true, instant, true).values().stream()
                .flatMap(List::stream).filter(o -> o.contains(instant))
                .min(Comparator.comparingInt(Occurrence::order));
    }

    private void add(NavigableMap<Instant, List<Occurrence>> byStart, Occurrence occurrence) {
        byStart.computeIfAbsent(occurrence.start(), start -> new ArrayList<>()).add(occurrence);
        mark(occurrence.start());
        mark(occurrence.end());
    }

    private void mark(Instant boundary) {
        if (boundary.isAfter(from) && !boundary.isAfter(to)) {
            boundaries.add(boundary);
        }
    }
}

package io.mopstudio.policy;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When an environment lets a MOP change things: recurring maintenance windows, absolute freezes,
 * business hours that need a window, and whether the time outside every window is allowed.
 * Windows and business hours are wall-clock times in {@code timeZone}.
 */
public record ChangePolicy(
        ZoneId timeZone,
        List<WeeklyWindow> maintenanceWindows,
        List<Freeze> freezes,
        Optional<WeeklyWindow> businessHours,
        OutsideWindows outsideWindows) {

    public ChangePolicy {
        maintenanceWindows = List.copyOf(maintenanceWindows);
        freezes = List.copyOf(freezes);
    }

    /** Only a policy with windows can refuse the time outside them. */
    boolean deniesOutsideWindows() {
        return !maintenanceWindows.isEmpty() && outsideWindows == OutsideWindows.DENY;
    }
}

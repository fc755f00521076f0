package io.mopstudio.ui.fx;

/**
 * Asks the desktop to show a notification outside the window (a toast in the corner of the screen),
 * for an operator whose eyes are on another window when a run needs them. Implementations never
 * throw and never block the caller; where the desktop offers nothing, nothing happens, and the
 * window's own banner and flashing title remain.
 */
@FunctionalInterface
public interface DesktopNotifier {

    /** The notifier for where nothing can be shown: headless, no tray, no {@code notify-send}. */
    DesktopNotifier NONE = (title, message) -> { };

    void notify(String title, String message);
}

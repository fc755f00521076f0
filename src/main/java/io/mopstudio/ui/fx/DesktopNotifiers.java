package io.mopstudio.ui.fx;

import java.awt.GraphicsEnvironment;

/** Picks how this desktop shows notifications. */
public final class DesktopNotifiers {

    private DesktopNotifiers() {
    }

    /**
     * {@code notify-send} where it is installed (most Linux desktops, where the AWT tray is often
     * missing or draws an empty icon), else the system tray, else {@link DesktopNotifier#NONE};
     * always NONE when headless (no display, or tests with {@code java.awt.headless}).
     */
    public static DesktopNotifier detect() {
        if (GraphicsEnvironment.isHeadless()) {
            return DesktopNotifier.NONE;
        }
        return NotifySend.find(System.getenv("PATH")).<DesktopNotifier>map(n -> n)
                .or(TrayNotifier::ifSupported)
                .orElse(DesktopNotifier.NONE);
    }
}

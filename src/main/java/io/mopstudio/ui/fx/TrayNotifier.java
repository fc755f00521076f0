package io.mopstudio.ui.fx;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Desktop notifications as balloons from a tray icon (Windows, macOS and Linux desktops with a
 * system tray). Whether there is a tray, and the icon, are settled on the first notification, so
 * a session that never needs one never starts AWT next to JavaFX.
 */
public final class TrayNotifier implements DesktopNotifier {

    private TrayIcon icon;

    private TrayNotifier() {
    }

    /** A tray notifier when this desktop has a display (whether it has a tray is asked when notifying). */
    public static Optional<DesktopNotifier> ifSupported() {
        return GraphicsEnvironment.isHeadless() ? Optional.empty() : Optional.of(new TrayNotifier());
    }

    @Override
    public void notify(String title, String message) {
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null && !SystemTray.isSupported()) {
                    return;
                }
                if (icon == null) {
                    icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "MOP Studio");
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, message, TrayIcon.MessageType.WARNING);
            } catch (AWTException | RuntimeException | LinkageError e) {
                // The tray went away; the window's banner and title still say it.
            }
        });
    }
}

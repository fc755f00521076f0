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
 * system tray). The icon is added on the first notification, so a session that never needs one
 * never touches AWT.
 */
public final class TrayNotifier implements DesktopNotifier {

    private TrayIcon icon;

    private TrayNotifier() {
    }

    /** A tray notifier when this desktop has a system tray. */
    public static Optional<DesktopNotifier> ifSupported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported()
                    ? Optional.of(new TrayNotifier()) : Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public void notify(String title, String message) {
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "MOP Studio");
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, message, TrayIcon.MessageType.WARNING);
            } catch (AWTException | RuntimeException e) {
                // The tray went away; the window's banner and title still say it.
            }
        });
    }
}

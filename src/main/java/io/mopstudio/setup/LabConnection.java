package io.mopstudio.setup;

import io.mopstudio.lab.DemoLab;
import java.net.URI;
import java.util.Optional;

/**
 * The demo lab an environment targets: one already listening on the environment's port (started
 * with {@code mop-studio lab}) is reused; otherwise one is started in-process on a free loopback
 * port and stopped again by {@link #close()}.
 */
public final class LabConnection implements AutoCloseable {

    private final URI baseUrl;
    private final Optional<DemoLab> owned;

    private LabConnection(URI baseUrl, Optional<DemoLab> owned) {
        this.baseUrl = baseUrl;
        this.owned = owned;
    }

    public static LabConnection connect(int preferredPort) {
        int port = preferredPort > 0 ? preferredPort : DemoLab.DEFAULT_PORT;
        Optional<URI> running = DemoLab.probe(port);
        if (running.isPresent()) {
            return new LabConnection(running.get(), Optional.empty());
        }
        DemoLab lab = DemoLab.start(0);
        return new LabConnection(lab.baseUrl(), Optional.of(lab));
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** True when this process runs the lab (and so its state starts fresh). */
    public boolean inProcess() {
        return owned.isPresent();
    }

    /** Puts every simulated resource back to its starting scenario. */
    public void reset() {
        owned.ifPresentOrElse(DemoLab::reset, () -> {
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        baseUrl.resolve("/lab/reset")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        owned.ifPresent(DemoLab::close);
    }
}

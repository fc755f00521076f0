package io.mopstudio.providers;

import io.mopstudio.providers.approval.ApprovalChannel;
import io.mopstudio.providers.approval.ApprovalPrimitive;
import io.mopstudio.providers.http.HttpRequestPrimitive;
import io.mopstudio.providers.notify.WebhookPrimitive;
import io.mopstudio.providers.wait.WaitPrimitive;
import io.mopstudio.providers.k8s.CordonPrimitive;
import io.mopstudio.providers.k8s.DeletePodPrimitive;
import io.mopstudio.providers.k8s.DeploymentStatusPrimitive;
import io.mopstudio.providers.k8s.NodeStatusPrimitive;
import io.mopstudio.providers.k8s.PodStatusPrimitive;
import io.mopstudio.providers.k8s.RolloutRestartPrimitive;
import io.mopstudio.providers.k8s.RolloutStatusPrimitive;
import io.mopstudio.providers.k8s.ScalePrimitive;
import io.mopstudio.providers.pgbouncer.ConfigPrimitive;
import io.mopstudio.providers.pgbouncer.ConsoleCommandPrimitive;
import io.mopstudio.providers.pgbouncer.PoolStatusPrimitive;
import io.mopstudio.providers.prometheus.PrometheusQueryPrimitive;
import io.mopstudio.providers.shell.ShellRunPrimitive;
import io.mopstudio.providers.ssh.SshExecPrimitive;
import io.mopstudio.providers.sql.SqlQueryPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The primitives available to a run, by name. */
public final class Primitives {

    private final Map<String, Primitive> byName = new LinkedHashMap<>();

    public Primitives(List<Primitive> primitives) {
        primitives.forEach(p -> byName.put(p.name(), p));
    }

    /** Every primitive MOP Studio ships; approval steps are declined, since no one can be asked. */
    public static Primitives standard() {
        return standard(ApprovalChannel.none());
    }

    /** Every primitive MOP Studio ships, asking for approvals through {@code approvals} (the CLI's or window's). */
    public static Primitives standard(ApprovalChannel approvals) {
        HttpRequestPrimitive http = new HttpRequestPrimitive();
        return new Primitives(List.of(http, new ShellRunPrimitive(), new WaitPrimitive(),
                new ApprovalPrimitive(approvals), new WebhookPrimitive(http),
                new SqlQueryPrimitive(), new PoolStatusPrimitive(), new ConsoleCommandPrimitive(),
                new ConfigPrimitive(), new SshExecPrimitive(),
                new PrometheusQueryPrimitive(), new RolloutRestartPrimitive(), new ScalePrimitive(),
                new DeletePodPrimitive(), CordonPrimitive.cordon(), CordonPrimitive.uncordon(),
                new RolloutStatusPrimitive(), new DeploymentStatusPrimitive(), new NodeStatusPrimitive(),
                new PodStatusPrimitive()));
    }

    /** These primitives, each passed through {@code wrap} (to add a guard around every call). */
    public Primitives map(java.util.function.UnaryOperator<Primitive> wrap) {
        return new Primitives(byName.values().stream().map(wrap).toList());
    }

    public Optional<Primitive> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}

package io.mopstudio.providers.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes primitives against fabric8's mock API server in CRUD mode, reached through a
 * kubeconfig file whose current context points nowhere: every call must use the named context.
 */
class KubernetesPrimitivesTest {

    @TempDir
    static Path dir;

    private static KubernetesMockServer server;
    private static KubernetesClient admin;
    private static Path kubeconfig;

    @BeforeAll
    static void start() throws Exception {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        admin = server.createClient();
        kubeconfig = Files.writeString(dir.resolve("kubeconfig"), String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- {name: mock, cluster: {server: \"http://127.0.0.1:" + server.getPort() + "\"}}",
                "- {name: elsewhere, cluster: {server: \"http://127.0.0.1:9\"}}",
                "users:",
                "- {name: sre, user: {token: token-of-the-sre}}",
                "contexts:",
                "- {name: staging, context: {cluster: mock, user: sre, namespace: shop}}",
                "- {name: production, context: {cluster: elsewhere, user: sre}}",
                "current-context: production", ""));
    }

    @AfterAll
    static void stop() {
        admin.close();
        server.destroy();
    }

    @BeforeEach
    void cluster() {
        admin.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder()
                .withNewMetadata().withName("checkout").withNamespace("shop").endMetadata()
                .withNewSpec().withReplicas(3).withNewTemplate().withNewMetadata().endMetadata().endTemplate().endSpec()
                .build()).createOr(existing -> existing.update());
        admin.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata()
                .withNewSpec().withUnschedulable(false).endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus()
                .build()).createOr(existing -> existing.update());
        admin.pods().inNamespace("shop").resource(new PodBuilder().withNewMetadata().withName("checkout-abc")
                .withNamespace("shop").endMetadata().build()).createOr(existing -> existing.update());
    }

    private Map<String, Object> params(Object... more) {
        Map<String, Object> out = new HashMap<>(Map.of("kubeconfig", kubeconfig.toString(), "context", "staging",
                "timeout", "10s"));
        for (int i = 0; i < more.length; i += 2) {
            out.put((String) more[i], more[i + 1]);
        }
        return out;
    }

    @Test
    void rolloutRestartStampsThePodTemplateInTheNamedContextsNamespace() throws Exception {
        PrimitiveResult result = new RolloutRestartPrimitive().invoke(params("deployment", "checkout"));

        assertTrue(result.succeeded(), result.summary());
        assertTrue(result.summary().contains("context staging, namespace shop"), result.summary());
        var annotations = admin.apps().deployments().inNamespace("shop").withName("checkout").get()
                .getSpec().getTemplate().getMetadata().getAnnotations();
        assertNotNull(annotations.get("kubectl.kubernetes.io/restartedAt"), String.valueOf(annotations));
    }

    @Test
    void scaleKeepsTheCountBefore() throws Exception {
        PrimitiveResult result = new ScalePrimitive().invoke(params("deployment", "checkout", "replicas", 5L));
        assertTrue(result.succeeded(), result.summary());
        assertEquals(3L, result.output().get("previous_replicas"));
        assertEquals(5, admin.apps().deployments().inNamespace("shop").withName("checkout").get().getSpec().getReplicas());
        assertThrows(PrimitiveException.class, () -> new ScalePrimitive().invoke(params("deployment", "checkout",
                "replicas", "-1")));
    }

    @Test
    void cordonAndUncordonChangeWhetherTheNodeIsSchedulable() throws Exception {
        assertTrue(CordonPrimitive.cordon().invoke(params("node", "node-1")).succeeded());
        PrimitiveResult cordoned = new NodeStatusPrimitive().invoke(params("node", "node-1"));
        assertEquals(false, cordoned.output().get("schedulable"));
        assertEquals(true, cordoned.output().get("ready"));

        assertTrue(CordonPrimitive.uncordon().invoke(params("node", "node-1")).succeeded());
        assertEquals(true, new NodeStatusPrimitive().invoke(params("node", "node-1")).output().get("schedulable"));
    }

    @Test
    void deletePodRemovesIt() throws Exception {
        assertTrue(new DeletePodPrimitive().invoke(params("pod", "checkout-abc")).succeeded());
        assertEquals(null, admin.pods().inNamespace("shop").withName("checkout-abc").get());
        PrimitiveResult again = new DeletePodPrimitive().invoke(params("pod", "checkout-abc"));
        assertFalse(again.succeeded());
        assertEquals("not found", again.primary());
    }

    @Test
    void aReadyReplicaExistsOnlyOnceTheStatusSaysSo() throws Exception {
        PrimitiveResult before = new DeploymentStatusPrimitive().invoke(params("deployment", "checkout"));
        assertEquals(0L, before.output().get("available_replicas"));
        assertEquals(false, before.output().get("rolled_out"));
        PrimitiveResult waited = new RolloutStatusPrimitive().invoke(params("deployment", "checkout", "wait", "300ms",
                "poll", "100ms"));
        assertFalse(waited.succeeded(), "nothing is rolled out yet");

        var deployment = admin.apps().deployments().inNamespace("shop").withName("checkout");
        deployment.editStatus(d -> new DeploymentBuilder(d).withStatus(new DeploymentStatusBuilder()
                .withReplicas(3).withReadyReplicas(3).withAvailableReplicas(3).withUpdatedReplicas(3)
                .withObservedGeneration(d.getMetadata().getGeneration()).build()).build());

        PrimitiveResult after = new DeploymentStatusPrimitive().invoke(params("deployment", "checkout"));
        assertEquals(3L, after.output().get("available_replicas"));
        assertTrue(new RolloutStatusPrimitive().invoke(params("deployment", "checkout", "wait", "2s")).succeeded());
    }

    @Test
    void theCurrentContextIsUsedWhenNoneIsNamedAndAnUnknownContextIsRefused() throws Exception {
        Map<String, Object> current = params("deployment", "checkout");
        current.remove("context");
        current.put("timeout", "2s");
        PrimitiveResult unreachable = new DeploymentStatusPrimitive().invoke(current);
        assertFalse(unreachable.succeeded(), "the current context (production) points at a closed port");

        PrimitiveException e = assertThrows(PrimitiveException.class,
                () -> new DeploymentStatusPrimitive().invoke(params("deployment", "checkout", "context", "qa")));
        assertTrue(e.getMessage().contains("no context 'qa'"), e.getMessage());
    }

    @Test
    void aMissingDeploymentIsAFailedResult() throws Exception {
        PrimitiveResult result = new RolloutRestartPrimitive().invoke(params("deployment", "nope"));
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("no deployment nope"), result.summary());
    }
}

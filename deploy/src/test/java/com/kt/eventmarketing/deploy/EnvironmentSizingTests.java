package com.kt.eventmarketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** dev is small (one of everything); prod scales, survives a zone and a node drain. */
class EnvironmentSizingTests {

    private static final Path SERVICES = Path.of("..", "services");

    @Test
    void devRunsOneReplicaOfEachWorkload() {
        RenderedOverlay dev = RenderedOverlay.of("dev");
        assertThat(dev.typed("Deployment", Deployment.class))
                .hasSize(8)
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(dev.ofKind("ScaledObject")).isEmpty();
    }

    @Test
    void prodHasAnAutoscalerAndADisruptionBudgetForEveryDeployment() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        List<Deployment> deployments = prod.typed("Deployment", Deployment.class);
        assertThat(deployments).hasSize(8);
        Map<String, HorizontalPodAutoscaler> hpas =
                prod.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class).stream()
                        .collect(Collectors.toMap(
                                h -> h.getSpec().getScaleTargetRef().getName(), h -> h));
        Map<String, Map<String, Object>> scaledObjects = prod.ofKind("ScaledObject").stream()
                .collect(Collectors.toMap(EnvironmentSizingTests::scaleTarget, s -> s));
        List<PodDisruptionBudget> budgets = prod.typed("PodDisruptionBudget", PodDisruptionBudget.class);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            assertThat(hpas.containsKey(name) ^ scaledObjects.containsKey(name))
                    .as("%s has exactly one autoscaler (KEDA creates the HPA of a ScaledObject itself)", name)
                    .isTrue();
            if (hpas.containsKey(name)) {
                assertThat(hpas.get(name).getSpec().getMinReplicas()).isGreaterThanOrEqualTo(3);
                assertThat(hpas.get(name).getSpec().getScaleTargetRef().getKind())
                        .isEqualTo("Deployment");
            } else {
                assertThat(spec(scaledObjects.get(name)).get("minReplicaCount")).isInstanceOf(Integer.class);
                assertThat((Integer) spec(scaledObjects.get(name)).get("minReplicaCount"))
                        .isGreaterThanOrEqualTo(3);
            }
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(budgets)
                    .filteredOn(b -> labels.entrySet()
                            .containsAll(
                                    b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .as("%s has a PodDisruptionBudget", name)
                    .singleElement()
                    .satisfies(b -> assertThat(b.getSpec().getMaxUnavailable().getIntVal())
                            .isEqualTo(1));
            assertThat(deployment.getSpec().getReplicas())
                    .as("%s: the autoscaler owns the replica count; a re-apply must not reset it", name)
                    .isNull();
        }
    }

    @Test
    void prodSpreadsEveryDeploymentOverZonesAndNodes() {
        for (Deployment deployment : RenderedOverlay.of("prod").typed("Deployment", Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            String name = deployment.getMetadata().getName();
            assertThat(pod.getTopologySpreadConstraints()).as(name).anySatisfy(spread -> {
                assertThat(spread.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
                assertThat(spread.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
                assertThat(spread.getLabelSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", name);
            });
            assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                    .as(name)
                    .anySatisfy(term -> {
                        assertThat(term.getPodAffinityTerm().getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                        assertThat(term.getPodAffinityTerm().getLabelSelector().getMatchLabels())
                                .containsEntry("app.kubernetes.io/name", name);
                    });
        }
    }

    /**
     * Every service with a {@code @KafkaListener} scales on its consumer group's lag, and the group
     * is the one the service really uses ({@code spring.kafka.consumer.group-id} defaults to the
     * application name in kt-platform-defaults.yml).
     */
    @Test
    @SuppressWarnings("unchecked")
    void prodScalesEveryKafkaConsumerOnItsConsumerGroupsLag() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        Set<String> consumers = consumersInTheSource();
        assertThat(consumers).contains("event-service", "ai-service", "content-service");
        Map<String, Map<String, Object>> scaledObjects = prod.ofKind("ScaledObject").stream()
                .collect(Collectors.toMap(EnvironmentSizingTests::scaleTarget, s -> s));
        assertThat(scaledObjects.keySet()).containsExactlyInAnyOrderElementsOf(consumers);
        String bootstrap = platformConfig(prod).get("KAFKA_BOOTSTRAP_SERVERS");
        for (String consumer : consumers) {
            String applicationName = prod.typed("ConfigMap", ConfigMap.class).stream()
                    .filter(map -> map.getMetadata().getName().equals(consumer + "-config"))
                    .findFirst()
                    .orElseThrow()
                    .getData()
                    .get("SPRING_APPLICATION_NAME");
            List<Map<String, Object>> triggers = (List<Map<String, Object>>)
                    spec(scaledObjects.get(consumer)).get("triggers");
            assertThat(triggers).extracting(t -> t.get("type")).contains("cpu", "kafka");
            Map<String, Object> kafka = triggers.stream()
                    .filter(t -> t.get("type").equals("kafka"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> metadata = (Map<String, Object>) kafka.get("metadata");
            assertThat(metadata)
                    .containsEntry("consumerGroup", applicationName)
                    .containsEntry("bootstrapServers", bootstrap);
            String authentication = (String) ((Map<String, Object>) kafka.get("authenticationRef")).get("name");
            assertThat(prod.find("TriggerAuthentication", authentication)).isPresent();
        }
    }

    private static Set<String> consumersInTheSource() {
        try (Stream<Path> services = Files.list(SERVICES)) {
            return services.filter(dir -> Files.isDirectory(dir.resolve("src/main/java")))
                    .filter(EnvironmentSizingTests::hasKafkaListener)
                    .map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasKafkaListener(Path service) {
        try (Stream<Path> files = Files.walk(service.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("@KafkaListener");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> platformConfig(RenderedOverlay overlay) {
        return overlay.typed("ConfigMap", ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().startsWith("platform-config-"))
                .findFirst()
                .orElseThrow()
                .getData();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> object) {
        return (Map<String, Object>) object.get("spec");
    }

    @SuppressWarnings("unchecked")
    private static String scaleTarget(Map<String, Object> scaledObject) {
        return (String) ((Map<String, Object>) spec(scaledObject).get("scaleTargetRef")).get("name");
    }
}

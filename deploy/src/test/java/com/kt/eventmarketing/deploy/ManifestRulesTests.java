package com.kt.eventmarketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform's rules for what runs in the cluster, in both environments. */
class ManifestRulesTests {

    /** Workloads whose image we do not build; each exception is justified where it is declared. */
    private static final Set<String> THIRD_PARTY = Set.of("kafka");

    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|passwd|secret|token|api_?key|access_?key|admin_?key|jaas|"
                    + "connection_?string|private|credential|blind_?index_?key|keys_v\\d).*");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?is).*(SharedAccessKey=|AccountKey=|password=|-----BEGIN|sk-[a-z0-9]{10}|eyJ[a-z0-9_-]{10}).*");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("WORKLOAD_IDENTITY_CLIENT_ID|KEY_VAULT_NAME|AZURE_TENANT_ID|PUBLIC_HOST|[A-Z_]+_SUBNET\\b");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasRequestsLimitsAndAllThreeProbes(String overlay) {
        List<String> problems = new ArrayList<>();
        workloads(overlay).forEach((name, template) -> {
            for (Container container : template.getSpec().getContainers()) {
                String where = name + "/" + container.getName();
                var resources = container.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    if (resources == null
                            || resources.getRequests() == null
                            || resources.getRequests().get(resource) == null
                            || resources.getLimits() == null
                            || resources.getLimits().get(resource) == null) {
                        problems.add(where + ": needs a request and a limit of " + resource);
                    }
                }
                if (resources != null && resources.getLimits() != null && resources.getRequests() != null) {
                    Quantity request = resources.getRequests().get("memory");
                    Quantity limit = resources.getLimits().get("memory");
                    if (request != null && limit != null && !request.equals(limit)) {
                        // the JVM sizes its heap from the limit: memory it may use must be reserved
                        problems.add(where + ": memory request must equal the limit");
                    }
                }
                if (container.getLivenessProbe() == null
                        || container.getReadinessProbe() == null
                        || container.getStartupProbe() == null) {
                    problems.add(where + ": needs liveness, readiness and startup probes");
                }
                if (!THIRD_PARTY.contains(name)) {
                    assertActuatorProbe(where, "liveness", container.getLivenessProbe(), problems);
                    assertActuatorProbe(where, "readiness", container.getReadinessProbe(), problems);
                    if (template.getSpec().getTerminationGracePeriodSeconds() == null
                            || template.getSpec().getTerminationGracePeriodSeconds() < 40
                            || container.getLifecycle() == null
                            || container.getLifecycle().getPreStop() == null) {
                        problems.add(where + ": graceful shutdown needs a preStop pause and a grace period "
                                + "longer than Boot's 30 s shutdown phase");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noContainerRunsAsRootOrCanGainPrivileges(String overlay) {
        List<String> problems = new ArrayList<>();
        workloads(overlay).forEach((name, template) -> {
            PodSpec pod = template.getSpec();
            var podContext = pod.getSecurityContext();
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                var context = container.getSecurityContext();
                boolean nonRoot = (context != null && Boolean.TRUE.equals(context.getRunAsNonRoot()))
                        || (podContext != null && Boolean.TRUE.equals(podContext.getRunAsNonRoot()));
                Long user = context != null && context.getRunAsUser() != null
                        ? context.getRunAsUser()
                        : podContext == null ? null : podContext.getRunAsUser();
                if (!nonRoot || user == null || user == 0) {
                    problems.add(where + ": must run as a non-root user id");
                }
                if (context == null
                        || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())
                        || context.getCapabilities() == null
                        || !context.getCapabilities().getDrop().contains("ALL")
                        || Boolean.TRUE.equals(context.getPrivileged())) {
                    problems.add(where + ": must drop all capabilities and forbid privilege escalation");
                }
                if (!THIRD_PARTY.contains(name)
                        && (context == null || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()))) {
                    problems.add(where + ": our images run with a read-only root filesystem");
                }
            }
            if (podContext == null
                    || podContext.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(podContext.getSeccompProfile().getType())) {
                problems.add(name + ": needs the RuntimeDefault seccomp profile");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(name + ": no workload talks to the Kubernetes API: do not mount its token");
            }
        });
        RenderedOverlay.of(overlay)
                .ofKind("Namespace")
                .forEach(namespace -> assertThat(labels(namespace).get("pod-security.kubernetes.io/enforce"))
                        .isEqualTo("restricted"));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretValueIsWrittenIntoTheManifests(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        assertThat(rendered.ofKind("Secret"))
                .as("secrets come from Key Vault through the CSI driver, never from the repository")
                .isEmpty();
        for (ConfigMap map : rendered.typed("ConfigMap", ConfigMap.class)) {
            map.getData().forEach((key, value) -> {
                if (SECRET_KEY.matcher(key).matches()
                        || SECRET_VALUE.matcher(value).matches()) {
                    problems.add("ConfigMap " + map.getMetadata().getName() + " holds a secret: " + key);
                }
            });
        }
        workloads(overlay)
                .forEach((name, template) -> template.getSpec().getContainers().stream()
                        .filter(container -> container.getEnv() != null)
                        .flatMap(container -> container.getEnv().stream())
                        .filter(env -> env.getValue() != null)
                        .filter(env -> SECRET_KEY.matcher(env.getName()).matches()
                                || SECRET_VALUE.matcher(env.getValue()).matches())
                        .forEach(env ->
                                problems.add(name + ": env " + env.getName() + " holds a secret in plain text")));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void everyReferencedConfigMapExistsAndEverySecretIsSyncedFromKeyVaultByAMountedProvider(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Set<String> configMaps = rendered.ofKind("ConfigMap").stream()
                .map(RenderedOverlay::nameOf)
                .collect(Collectors.toSet());
        Map<String, String> providerOfSecret = new LinkedHashMap<>();
        for (Map<String, Object> spc : rendered.ofKind("SecretProviderClass")) {
            Map<String, Object> spec = (Map<String, Object>) spc.get("spec");
            String objects = (String) ((Map<String, Object>) spec.get("parameters")).get("objects");
            for (Map<String, Object> secret : (List<Map<String, Object>>) spec.get("secretObjects")) {
                providerOfSecret.put((String) secret.get("secretName"), RenderedOverlay.nameOf(spc));
                for (Map<String, Object> data : (List<Map<String, Object>>) secret.get("data")) {
                    assertThat(objects)
                            .as("%s syncs %s, which it must also fetch", RenderedOverlay.nameOf(spc), data)
                            .contains("objectName: " + data.get("objectName") + "\n");
                }
            }
        }
        List<String> problems = new ArrayList<>();
        workloads(overlay).forEach((name, template) -> {
            Set<String> mountedProviders = template.getSpec().getVolumes() == null
                    ? Set.of()
                    : template.getSpec().getVolumes().stream()
                            .filter(volume -> volume.getCsi() != null)
                            .filter(volume -> "secrets-store.csi.k8s.io"
                                    .equals(volume.getCsi().getDriver()))
                            .map(volume -> volume.getCsi().getVolumeAttributes().get("secretProviderClass"))
                            .collect(Collectors.toSet());
            for (Container container : template.getSpec().getContainers()) {
                for (EnvFromSource source :
                        Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
                    if (source.getConfigMapRef() != null
                            && !configMaps.contains(source.getConfigMapRef().getName())) {
                        problems.add(
                                name + ": ConfigMap " + source.getConfigMapRef().getName() + " does not exist");
                    }
                    if (source.getSecretRef() != null) {
                        String provider =
                                providerOfSecret.get(source.getSecretRef().getName());
                        if (provider == null || !mountedProviders.contains(provider)) {
                            problems.add(
                                    name + ": Secret " + source.getSecretRef().getName()
                                            + " is not synced by a SecretProviderClass the pod mounts");
                        }
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceSelectsTheWorkloadAndPortItNames(String overlay) {
        Map<String, PodTemplateSpec> workloads = workloads(overlay);
        List<String> problems = new ArrayList<>();
        for (Service service : RenderedOverlay.of(overlay).typed("Service", Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<PodTemplateSpec> selected = workloads.values().stream()
                    .filter(template -> selector != null
                            && template.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.size() != 1) {
                problems.add("Service " + service.getMetadata().getName() + " selects " + selected.size()
                        + " workloads instead of one");
                continue;
            }
            Set<String> ports = selected.getFirst().getSpec().getContainers().stream()
                    .flatMap(container -> container.getPorts().stream())
                    .map(port -> port.getName())
                    .collect(Collectors.toSet());
            service.getSpec().getPorts().forEach(port -> {
                if (!ports.contains(port.getTargetPort().getStrVal())) {
                    problems.add("Service " + service.getMetadata().getName() + " targets no container port "
                            + port.getTargetPort());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesDenyEverythingAndOpenOnlyTheNeededPaths(String overlay) {
        List<NetworkPolicy> policies = RenderedOverlay.of(overlay).typed("NetworkPolicy", NetworkPolicy.class);
        NetworkPolicy deny = policies.stream()
                .filter(p -> p.getMetadata().getName().equals("default-deny"))
                .findFirst()
                .orElseThrow();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();

        Map<String, PodTemplateSpec> workloads = workloads(overlay);
        workloads.forEach((name, template) -> {
            Map<String, String> labels = template.getMetadata().getLabels();
            assertThat(policies.stream()
                            .filter(p -> p.getSpec().getIngress() != null
                                    && !p.getSpec().getIngress().isEmpty())
                            .filter(p -> selects(p, labels)))
                    .as("%s is reachable by some path", name)
                    .isNotEmpty();
        });
        // the internet is open only to the services that call providers, and only on HTTPS (+ SMTP)
        Set<String> internet = Set.of("distribution-service", "ai-service", "content-service");
        workloads.forEach((name, template) -> {
            Map<String, String> labels = template.getMetadata().getLabels();
            policies.stream()
                    .filter(p -> selects(p, labels))
                    .flatMap(p -> Objects.requireNonNullElse(
                            p.getSpec().getEgress(),
                            List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule>of())
                            .stream())
                    .forEach(rule -> rule.getTo().stream()
                            .filter(peer -> peer.getIpBlock() != null
                                    && peer.getIpBlock().getCidr().equals("0.0.0.0/0"))
                            .forEach(peer -> {
                                assertThat(internet)
                                        .as("%s may reach the internet", name)
                                        .contains(name);
                                assertThat(peer.getIpBlock().getExcept()).contains("10.0.0.0/8");
                                assertThat(rule.getPorts())
                                        .allSatisfy(port -> assertThat(
                                                        port.getPort().getIntVal())
                                                .isIn(443, 587));
                            }));
        });
        // only the edge is reachable from the Application Gateway's subnet
        policies.stream()
                .filter(p -> p.getSpec().getIngress() != null)
                .filter(p -> p.getSpec().getIngress().stream()
                        .anyMatch(rule -> rule.getFrom() != null
                                && rule.getFrom().stream().anyMatch(peer -> peer.getIpBlock() != null)))
                .forEach(p -> assertThat(p.getSpec().getPodSelector().getMatchLabels())
                        .containsEntry("app.kubernetes.io/name", "web"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheEdgeIsExposedThroughTheApplicationGatewayWithTls(String overlay) {
        List<Ingress> ingresses = RenderedOverlay.of(overlay).typed("Ingress", Ingress.class);
        assertThat(ingresses).hasSize(1);
        Ingress ingress = ingresses.getFirst();
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("azure-application-gateway");
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("appgw.ingress.kubernetes.io/ssl-redirect", "true")
                .containsKey("appgw.ingress.kubernetes.io/appgw-ssl-certificate");
        List<String> hosts =
                ingress.getSpec().getRules().stream().map(r -> r.getHost()).toList();
        assertThat(ingress.getSpec().getTls())
                .singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactlyElementsOf(hosts));
        assertThat(ingress.getSpec().getRules())
                .flatMap(rule -> rule.getHttp().getPaths())
                .allSatisfy(path ->
                        assertThat(path.getBackend().getService().getName()).isEqualTo("web"));
        assertThat(RenderedOverlay.of(overlay).typed("Service", Service.class))
                .allSatisfy(service -> assertThat(service.getSpec().getType()).isEqualTo("ClusterIP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesComeFromTheEnvironmentsRegistryAndEveryPlaceholderIsFilled(String overlay) throws Exception {
        workloads(overlay)
                .forEach((name, template) -> template.getSpec().getContainers().forEach(container -> {
                    assertThat(container.getImage()).doesNotEndWith(":latest").contains(":");
                    if (!THIRD_PARTY.contains(name)) {
                        assertThat(container.getImage())
                                .isEqualTo("acrktem" + overlay + ".azurecr.io/kt-event-marketing/" + name
                                        + ":0.1.0-SNAPSHOT");
                    }
                }));
        String all = RenderedOverlay.STRICT.writeValueAsString(RenderedOverlay.of(overlay).objects);
        assertThat(PLACEHOLDER.matcher(all).results().map(r -> r.group()).toList())
                .as("placeholders of the base left unreplaced")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceGetsItsDatabaseBrokerCacheAndTokenKeysFromTheSharedSettings(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        ConfigMap platform = rendered.typed("ConfigMap", ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().startsWith("platform-config-"))
                .findFirst()
                .orElseThrow();
        assertThat(platform.getData())
                .containsKeys(
                        "POSTGRES_HOST",
                        "REDIS_HOST",
                        "REDIS_PORT",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "SPRING_KAFKA_SECURITY_PROTOCOL",
                        "PUBLIC_BASE_URL")
                .containsEntry("JWK_SET_URI", "http://user-service:8080/.well-known/jwks.json")
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        assertThat(rendered.find("Service", "user-service")).isPresent();
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            if (name.equals("web")) {
                continue;
            }
            Map<String, String> env =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                            .collect(Collectors.toMap(e -> e.getName(), e -> e.getValue()));
            assertThat(env.get("DATABASE_URL"))
                    .isEqualTo(
                            "jdbc:postgresql://$(POSTGRES_HOST):5432/" + name.replace('-', '_') + "?sslmode=require");
            ConfigMap own = rendered.typed("ConfigMap", ConfigMap.class).stream()
                    .filter(map -> map.getMetadata().getName().equals(name + "-config"))
                    .findFirst()
                    .orElseThrow();
            assertThat(own.getData()).containsEntry("SPRING_APPLICATION_NAME", name);
        }
    }

    private static void assertActuatorProbe(
            String where, String group, io.fabric8.kubernetes.api.model.Probe probe, List<String> problems) {
        if (probe == null
                || probe.getHttpGet() == null
                || !probe.getHttpGet().getPath().equals("/actuator/health/" + group)) {
            problems.add(where + ": the " + group + " probe must ask /actuator/health/" + group);
        }
    }

    static boolean selects(NetworkPolicy policy, Map<String, String> labels) {
        Map<String, String> match = policy.getSpec().getPodSelector().getMatchLabels();
        return match == null || labels.entrySet().containsAll(match.entrySet());
    }

    /** Pod templates of every Deployment and StatefulSet, by workload name. */
    static Map<String, PodTemplateSpec> workloads(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        Stream.concat(
                        rendered.typed("Deployment", Deployment.class).stream()
                                .map(d -> Map.entry(
                                        d.getMetadata().getName(), d.getSpec().getTemplate())),
                        rendered.typed("StatefulSet", StatefulSet.class).stream()
                                .map(s -> Map.entry(
                                        s.getMetadata().getName(), s.getSpec().getTemplate())))
                .forEach(e -> templates.put(e.getKey(), e.getValue()));
        return templates;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> labels(Map<String, Object> object) {
        return (Map<String, String>) ((Map<String, Object>) object.get("metadata")).get("labels");
    }
}

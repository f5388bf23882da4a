package com.kt.eventmarketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every object of both overlays against the Kubernetes API schemas: the built-in kinds are read
 * strictly into the fabric8 model (no unknown field anywhere, every value of its type) and checked
 * for the fields the API server requires; the custom resources (Secrets Store CSI, KEDA) against the
 * structure of their CRDs.
 */
class KubernetesSchemaTests {

    /** apiVersion/kind → model type. A kind that is not here (or a CRD below) fails the test. */
    private static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    private static final Set<String> CUSTOM = Set.of(
            "secrets-store.csi.x-k8s.io/v1/SecretProviderClass",
            "keda.sh/v1alpha1/ScaledObject",
            "keda.sh/v1alpha1/TriggerAuthentication");

    private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsOfAKnownKindAndReadsStrictlyIntoTheKubernetesModel(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : RenderedOverlay.of(overlay).objects) {
            String type = object.get("apiVersion") + "/" + object.get("kind");
            String where = type + " " + RenderedOverlay.nameOf(object);
            Class<? extends HasMetadata> model = BUILT_IN.get(type);
            if (model == null) {
                if (!CUSTOM.contains(type)) {
                    problems.add(where + ": not a kind this platform deploys (no schema)");
                }
                continue;
            }
            try {
                HasMetadata typed = RenderedOverlay.STRICT.convertValue(object, model);
                unknownFields(typed, where, problems);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(RenderedOverlay.of(overlay).objects).hasSizeGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectHasTheFieldsTheApiServerRequires(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : rendered.objects) {
            String name = RenderedOverlay.nameOf(object);
            String kind = (String) object.get("kind");
            if (name == null || !DNS_1123_SUBDOMAIN.matcher(name).matches() || name.length() > 253) {
                problems.add(kind + " " + name + ": metadata.name is not a DNS-1123 subdomain");
            }
            if (Set.of("Service", "Namespace").contains(kind)
                    && (name.length() > 63 || !DNS_1123_LABEL.matcher(name).matches())) {
                problems.add(kind + " " + name + ": must be a DNS-1123 label");
            }
        }
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String where = "Deployment " + deployment.getMetadata().getName();
            var selector = deployment.getSpec().getSelector();
            if (selector == null || selector.getMatchLabels() == null) {
                problems.add(where + ": spec.selector is required");
            } else if (!deployment
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels()
                    .entrySet()
                    .containsAll(selector.getMatchLabels().entrySet())) {
                problems.add(where + ": the selector does not match the template's labels");
            }
            podTemplate(where, deployment.getSpec().getTemplate(), problems);
        }
        for (StatefulSet set : rendered.typed("StatefulSet", StatefulSet.class)) {
            String where = "StatefulSet " + set.getMetadata().getName();
            if (set.getSpec().getSelector() == null || set.getSpec().getServiceName() == null) {
                problems.add(where + ": spec.selector and spec.serviceName are required");
            }
            podTemplate(where, set.getSpec().getTemplate(), problems);
        }
        for (Service service : rendered.typed("Service", Service.class)) {
            if (service.getSpec().getPorts() == null
                    || service.getSpec().getPorts().isEmpty()
                    || service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == null)) {
                problems.add("Service " + service.getMetadata().getName() + ": spec.ports[].port is required");
            }
        }
        for (HorizontalPodAutoscaler hpa : rendered.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            var spec = hpa.getSpec();
            if (spec.getMaxReplicas() == null
                    || spec.getScaleTargetRef() == null
                    || spec.getScaleTargetRef().getKind() == null
                    || spec.getScaleTargetRef().getName() == null) {
                problems.add("HPA " + hpa.getMetadata().getName() + ": scaleTargetRef and maxReplicas are required");
            }
        }
        for (NetworkPolicy policy : rendered.typed("NetworkPolicy", NetworkPolicy.class)) {
            if (policy.getSpec().getPodSelector() == null) {
                problems.add("NetworkPolicy " + policy.getMetadata().getName() + ": spec.podSelector is required");
            }
        }
        for (Ingress ingress : rendered.typed("Ingress", Ingress.class)) {
            ingress.getSpec()
                    .getRules()
                    .forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                        if (path.getPathType() == null
                                || path.getBackend().getService() == null
                                || path.getBackend().getService().getName() == null) {
                            problems.add("Ingress " + ingress.getMetadata().getName()
                                    + ": pathType and backend are required");
                        }
                    }));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void customResourcesHaveTheStructureOfTheirDefinitions(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> spc : rendered.ofKind("SecretProviderClass")) {
            String where = "SecretProviderClass " + RenderedOverlay.nameOf(spc);
            Map<String, Object> spec = (Map<String, Object>) spc.get("spec");
            onlyKeys(where + ".spec", spec, Set.of("provider", "parameters", "secretObjects"), problems);
            if (!"azure".equals(spec.get("provider"))) {
                problems.add(where + ": provider must be azure");
            }
            Map<String, Object> parameters = (Map<String, Object>) spec.get("parameters");
            onlyKeys(
                    where + ".parameters",
                    parameters,
                    Set.of(
                            "usePodIdentity",
                            "useVMManagedIdentity",
                            "userAssignedIdentityID",
                            "clientID",
                            "keyvaultName",
                            "tenantId",
                            "cloudName",
                            "objects"),
                    problems);
            parameters.forEach((key, value) -> {
                if (!(value instanceof String)) {
                    problems.add(where + ".parameters." + key + ": must be a string");
                }
            });
            for (String required : List.of("clientID", "keyvaultName", "tenantId", "objects")) {
                if (!parameters.containsKey(required)) {
                    problems.add(where + ".parameters." + required + " is required");
                }
            }
            for (Map<String, Object> secretObject : (List<Map<String, Object>>) spec.get("secretObjects")) {
                onlyKeys(
                        where + ".secretObjects[]",
                        secretObject,
                        Set.of("secretName", "type", "data", "labels", "annotations"),
                        problems);
                for (Map<String, Object> data : (List<Map<String, Object>>) secretObject.get("data")) {
                    onlyKeys(where + ".secretObjects[].data[]", data, Set.of("objectName", "key"), problems);
                    if (!ENV_NAME.matcher(String.valueOf(data.get("key"))).matches()) {
                        problems.add(where + ": " + data.get("key") + " is not a valid Secret key");
                    }
                }
            }
        }
        for (Map<String, Object> scaled : rendered.ofKind("ScaledObject")) {
            String where = "ScaledObject " + RenderedOverlay.nameOf(scaled);
            Map<String, Object> spec = (Map<String, Object>) scaled.get("spec");
            onlyKeys(
                    where + ".spec",
                    spec,
                    Set.of(
                            "scaleTargetRef",
                            "pollingInterval",
                            "cooldownPeriod",
                            "initialCooldownPeriod",
                            "idleReplicaCount",
                            "minReplicaCount",
                            "maxReplicaCount",
                            "fallback",
                            "advanced",
                            "triggers"),
                    problems);
            if (!(spec.get("scaleTargetRef") instanceof Map<?, ?> target) || target.get("name") == null) {
                problems.add(where + ": scaleTargetRef.name is required");
            }
            for (String count : List.of("minReplicaCount", "maxReplicaCount", "pollingInterval", "cooldownPeriod")) {
                if (spec.containsKey(count) && !(spec.get(count) instanceof Integer)) {
                    problems.add(where + "." + count + ": must be an integer");
                }
            }
            List<Map<String, Object>> triggers = (List<Map<String, Object>>) spec.get("triggers");
            if (triggers == null || triggers.isEmpty()) {
                problems.add(where + ": triggers are required");
                continue;
            }
            for (Map<String, Object> trigger : triggers) {
                onlyKeys(
                        where + ".triggers[]",
                        trigger,
                        Set.of("type", "name", "metadata", "authenticationRef", "metricType", "useCachedMetrics"),
                        problems);
                if (trigger.get("type") == null || !(trigger.get("metadata") instanceof Map)) {
                    problems.add(where + ": a trigger needs type and metadata");
                } else {
                    ((Map<String, Object>) trigger.get("metadata")).forEach((key, value) -> {
                        if (!(value instanceof String)) {
                            problems.add(where + ".triggers[].metadata." + key + ": must be a string");
                        }
                    });
                }
            }
        }
        for (Map<String, Object> auth : rendered.ofKind("TriggerAuthentication")) {
            String where = "TriggerAuthentication " + RenderedOverlay.nameOf(auth);
            Map<String, Object> spec = (Map<String, Object>) auth.get("spec");
            onlyKeys(
                    where + ".spec",
                    spec,
                    Set.of(
                            "podIdentity",
                            "secretTargetRef",
                            "env",
                            "hashiCorpVault",
                            "azureKeyVault",
                            "configMapTargetRef",
                            "boundServiceAccountToken"),
                    problems);
            if (spec.get("azureKeyVault") instanceof Map<?, ?> vault) {
                onlyKeys(
                        where + ".azureKeyVault",
                        (Map<String, Object>) vault,
                        Set.of("vaultUri", "credentials", "cloud", "podIdentity", "secrets"),
                        problems);
                for (Map<String, Object> secret : (List<Map<String, Object>>) vault.get("secrets")) {
                    onlyKeys(
                            where + ".azureKeyVault.secrets[]",
                            secret,
                            Set.of("parameter", "name", "version"),
                            problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void podTemplate(String where, PodTemplateSpec template, List<String> problems) {
        List<Container> containers = template.getSpec().getContainers();
        if (containers == null || containers.isEmpty()) {
            problems.add(where + ": at least one container is required");
            return;
        }
        for (Container container : containers) {
            if (container.getName() == null || container.getImage() == null) {
                problems.add(where + ": every container needs a name and an image");
            }
            if (container.getEnv() != null) {
                container.getEnv().forEach(env -> {
                    if (!ENV_NAME.matcher(env.getName()).matches()) {
                        problems.add(where + ": env " + env.getName() + " is not a valid name");
                    }
                });
            }
            if (container.getPorts() != null) {
                container.getPorts().forEach(port -> {
                    if (port.getContainerPort() == null) {
                        problems.add(where + ": ports[].containerPort is required");
                    }
                });
            }
        }
    }

    private static void onlyKeys(String where, Map<String, Object> map, Set<String> allowed, List<String> problems) {
        if (map == null) {
            problems.add(where + " is required");
            return;
        }
        map.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .forEach(key -> problems.add(where + ": unknown field " + key));
    }

    /**
     * The fabric8 types keep fields they do not know in {@code additionalProperties} instead of
     * failing: any such field anywhere in the object is a field the API server would reject (or, with
     * client-side apply, silently drop).
     */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object field = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + getter.getName().substring(3), problems);
                }
            } catch (ReflectiveOperationException e) {
                problems.add(path + ": cannot read " + getter.getName() + ": " + e);
            }
        }
    }
}

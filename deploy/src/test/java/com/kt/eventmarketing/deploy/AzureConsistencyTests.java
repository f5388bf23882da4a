package com.kt.eventmarketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.kt.eventmarketing.contracts.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure description (deploy/azure) and the manifests name the same things: topics, Key Vault
 * secrets, hosts, subnets, registry, identities. (The Bicep CLI is not available on the build
 * machines: {@code az bicep build} is the syntax check, see docs/operations.md.)
 */
class AzureConsistencyTests {

    private static final Path AZURE = Path.of("azure");

    @Test
    void thereIsAnEventHubForEveryTopicOfTheContracts() throws IOException {
        List<String> topics = RenderedOverlay.STRICT.readValue(
                AZURE.resolve("topics.json").toFile(), new TypeReference<List<String>>() {});
        assertThat(topics).containsExactlyInAnyOrderElementsOf(Topics.all().keySet());
        String bicep = bicep();
        assertThat(bicep).contains("for topic in topics: if (prod)").contains("name: '${topic}.dlt'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyKeyVaultSecretTheManifestsReadIsDeclaredAndTheDerivedOnesAreWrittenByBicep() throws IOException {
        Map<String, String> declared = RenderedOverlay.STRICT.readValue(
                AZURE.resolve("key-vault-secrets.json").toFile(), new TypeReference<Map<String, String>>() {});
        declared.remove("_comment");
        Set<String> used = new TreeSet<>();
        for (String overlay : List.of("dev", "prod")) {
            String rendered = RenderedOverlay.STRICT.writeValueAsString(RenderedOverlay.of(overlay).objects);
            Matcher objectNames = Pattern.compile("objectName: ([a-z0-9-]+)").matcher(rendered.replace("\\n", "\n"));
            while (objectNames.find()) {
                used.add(objectNames.group(1));
            }
            for (Map<String, Object> auth : RenderedOverlay.of(overlay).ofKind("TriggerAuthentication")) {
                Map<String, Object> vault =
                        (Map<String, Object>) ((Map<String, Object>) auth.get("spec")).get("azureKeyVault");
                for (Map<String, Object> secret : (List<Map<String, Object>>) vault.get("secrets")) {
                    used.add((String) secret.get("name"));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(used);
        String bicep = bicep();
        declared.forEach((secret, source) -> {
            assertThat(source).isIn("bicep", "operator");
            if (source.equals("bicep")) {
                assertThat(bicep).as("main.bicep writes %s", secret).contains("name: '" + secret + "'");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void theOverlayUsesTheNamesAndSubnetsMainBicepCreates(String env) throws IOException {
        Map<String, String> parameters = bicepParameters(env);
        Map<String, Object> azure =
                RenderedOverlay.readYaml(RenderedOverlay.K8S.resolve("overlays/" + env + "/azure-environment.yaml"));
        azure = (Map<String, Object>) azure.get("data");
        String prefix = parameters.get("addressPrefix");
        assertThat(azure)
                .containsEntry("keyVaultName", "kv-kt-em-" + env)
                .containsEntry("publicHost", parameters.get("publicHost"))
                .containsEntry("appGatewaySubnet", subnet24(prefix, 32))
                .containsEntry("postgresSubnet", subnet24(prefix, 33))
                .containsEntry("privateEndpointSubnet", subnet24(prefix, 34));

        RenderedOverlay rendered = RenderedOverlay.of(env);
        Map<String, String> platform = EnvironmentSizingTests.platformConfig(rendered);
        assertThat(platform)
                .containsEntry("POSTGRES_HOST", "psql-kt-em-" + env + ".postgres.database.azure.com")
                .containsEntry("REDIS_HOST", "redis-kt-em-" + env + ".redis.cache.windows.net")
                .containsEntry("PUBLIC_BASE_URL", "https://" + parameters.get("publicHost"));
        assertThat(platform.get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(env.equals("prod") ? "evhns-kt-em-prod.servicebus.windows.net:9093" : "kafka:9092");
        assertThat(bicep())
                .contains(
                        "name: 'kv-${name}'",
                        "name: 'psql-${name}'",
                        "name: 'redis-${name}'",
                        "name: 'evhns-${name}'",
                        "name: 'acrktem${env}'",
                        "var name = 'kt-em-${env}'");

        // every workload has a federated identity and every service its database
        Set<String> bicepServices = bicepList("services");
        List<Deployment> deployments = rendered.typed("Deployment", Deployment.class);
        assertThat(bicepServices)
                .containsExactlyInAnyOrderElementsOf(
                        deployments.stream().map(d -> d.getMetadata().getName()).toList());
        assertThat(rendered.ofKind("Namespace"))
                .extracting(RenderedOverlay::nameOf)
                .containsExactly("kt-event-marketing");
        assertThat(bicep()).contains("var namespace = 'kt-event-marketing'");

        if (env.equals("prod")) {
            NetworkPolicy eventHubs = rendered.typed("NetworkPolicy", NetworkPolicy.class).stream()
                    .filter(p -> p.getMetadata().getName().equals("services-to-event-hubs"))
                    .findFirst()
                    .orElseThrow();
            assertThat(eventHubs
                            .getSpec()
                            .getEgress()
                            .getFirst()
                            .getTo()
                            .getFirst()
                            .getIpBlock()
                            .getCidr())
                    .isEqualTo(azure.get("privateEndpointSubnet"));
            Map<String, Object> keda =
                    rendered.find("TriggerAuthentication", "eventhubs-kafka").orElseThrow();
            String kedaJson = RenderedOverlay.STRICT.writeValueAsString(keda);
            assertThat(kedaJson)
                    .contains("https://" + azure.get("keyVaultName") + ".vault.azure.net")
                    .contains("\"identityId\":\"" + azure.get("workloadIdentityClientId") + "\"");
        }
        List<ConfigMap> maps = rendered.typed("ConfigMap", ConfigMap.class);
        assertThat(maps).noneMatch(map -> map.getMetadata().getName().equals("azure-environment"));
    }

    /** The n-th /24 of a /16, as Bicep's cidrSubnet(prefix, 24, n) computes it. */
    private static String subnet24(String prefix16, int n) {
        String[] octets = prefix16.split("/")[0].split("\\.");
        assertThat(prefix16).endsWith("/16");
        return octets[0] + "." + octets[1] + "." + n + ".0/24";
    }

    private static Map<String, String> bicepParameters(String env) throws IOException {
        Pattern parameter = Pattern.compile("^param (\\w+) = '([^']*)'$");
        return Files.readAllLines(AZURE.resolve(env + ".bicepparam")).stream()
                .map(parameter::matcher)
                .filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2)));
    }

    private static Set<String> bicepList(String variable) throws IOException {
        String bicep = bicep();
        int start = bicep.indexOf("var " + variable + " = [");
        int end = bicep.indexOf("]", start);
        Set<String> items = new HashSet<>();
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(bicep.substring(start, end));
        while (quoted.find()) {
            items.add(quoted.group(1));
        }
        return items;
    }

    private static String bicep() throws IOException {
        return Files.readString(AZURE.resolve("main.bicep"));
    }
}

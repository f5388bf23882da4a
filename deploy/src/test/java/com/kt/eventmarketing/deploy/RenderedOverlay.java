package com.kt.eventmarketing.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * One overlay of {@code deploy/k8s} rendered by Kustomize ({@code kubectl kustomize}, or a {@code
 * kustomize} binary), as the cluster would receive it. Rendered once per test JVM.
 */
final class RenderedOverlay {

    static final Path K8S = Path.of("k8s");

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    /** Jackson 2, as the fabric8 model is annotated for it; strict about types and unknown fields. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    final String name;
    final List<Map<String, Object>> objects;

    private RenderedOverlay(String name, List<Map<String, Object>> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    /** One YAML document as a map. */
    static Map<String, Object> readYaml(Path file) {
        try {
            return YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static RenderedOverlay of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedOverlay::render);
    }

    @Override
    public String toString() {
        return name;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    <T> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).stream().map(o -> STRICT.convertValue(o, type)).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(nameOf(o))).findFirst();
    }

    @SuppressWarnings("unchecked")
    static String nameOf(Map<String, Object> object) {
        return (String) ((Map<String, Object>) object.get("metadata")).get("name");
    }

    private static RenderedOverlay render(String overlay) {
        Path dir = K8S.resolve("overlays").resolve(overlay);
        List<String> command = kustomizeCommand(dir);
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kustomize did not finish within 60 s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            try (var parser = YAML.getFactory().createParser(out.toFile())) {
                var documents = YAML.readValues(parser, new TypeReference<Map<String, Object>>() {});
                while (documents.hasNextValue()) {
                    Map<String, Object> document = documents.nextValue();
                    if (document != null && !document.isEmpty()) {
                        objects.add(document);
                    }
                }
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return new RenderedOverlay(overlay, objects);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl's built-in Kustomize (v5 in kubectl 1.27+), else a standalone kustomize. */
    private static List<String> kustomizeCommand(Path dir) {
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize", dir.toString());
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build", dir.toString());
        }
        // the test run needs only a JDK and Maven: without a renderer these checks are skipped, loudly
        throw new TestAbortedException("Neither kubectl nor kustomize is on the PATH: the overlays are not rendered "
                + "and not checked. Install kubectl (1.27+) to run these tests.");
    }

    private static boolean onPath(String binary) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}

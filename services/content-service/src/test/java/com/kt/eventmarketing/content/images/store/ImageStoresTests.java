package com.kt.eventmarketing.content.images.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStoresTests {

    // Azurite's published development account key: a well-known test value, not a secret
    private static final String DEV_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // the SDK escapes the slashes of a blob name (%2F); the service reads both forms alike
    private static final String BLOB_PATH = "/devstoreaccount1/content-images/images(/|%2F)e1(/|%2F)i1\\.png";

    private final WireMockServer blobService = new WireMockServer(options().dynamicPort());

    @TempDir
    Path directory;

    @BeforeEach
    void start() {
        blobService.start();
    }

    @AfterEach
    void stop() {
        blobService.stop();
    }

    @Test
    void keepsImagesAsFilesUnderTheDataDirectory() throws Exception {
        LocalImageStore store = new LocalImageStore(directory);
        byte[] png = "png bytes".getBytes(StandardCharsets.UTF_8);

        store.put("images/e1/i1.png", png, "image/png");

        assertThat(store.get("images/e1/i1.png")).contains(png);
        assertThat(Files.readAllBytes(directory.resolve("images/e1/i1.png"))).isEqualTo(png);
        assertThat(store.get("images/e1/missing.png")).isEmpty();
        try (var files = Files.list(directory.resolve("images/e1"))) {
            assertThat(files).as("no temporary files left behind").hasSize(1);
        }
    }

    @Test
    void refusesKeysThatWouldLeaveTheDataDirectory() {
        LocalImageStore store = new LocalImageStore(directory);

        assertThatIllegalArgumentException().isThrownBy(() -> store.get("../../etc/passwd"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.put("/tmp/x.png", new byte[1], "image/png"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.get("images/../../x"));
    }

    @Test
    void putsAndGetsBlobsThroughTheAzureBlobRestApi() {
        byte[] png = "png bytes".getBytes(StandardCharsets.UTF_8);
        blobService.stubFor(put(urlPathMatching(BLOB_PATH))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("ETag", "\"0x8D\"")
                        .withHeader("Last-Modified", "Sun, 29 Nov 2026 00:00:00 GMT")
                        .withHeader("x-ms-request-server-encrypted", "true")));
        blobService.stubFor(get(urlPathMatching(BLOB_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "image/png")
                        .withHeader("Content-Length", String.valueOf(png.length))
                        .withHeader("x-ms-blob-type", "BlockBlob")
                        .withHeader("ETag", "\"0x8D\"")
                        .withHeader("Last-Modified", "Sun, 29 Nov 2026 00:00:00 GMT")
                        .withBody(png)));
        AzureBlobImageStore store = new AzureBlobImageStore(connectionString(), "content-images");

        store.put("images/e1/i1.png", png, "image/png");

        blobService.verify(putRequestedFor(urlPathMatching(BLOB_PATH))
                .withHeader("x-ms-blob-type", equalTo("BlockBlob"))
                .withHeader("x-ms-blob-content-type", equalTo("image/png"))
                .withHeader("x-ms-blob-cache-control", equalTo("public, max-age=31536000, immutable"))
                .withHeader("Authorization", matching("SharedKey devstoreaccount1:.+"))
                .withRequestBody(WireMock.binaryEqualTo(png)));
        assertThat(store.get("images/e1/i1.png")).contains(png);
        blobService.verify(getRequestedFor(urlPathMatching(BLOB_PATH)));
        assertThat(store.describe()).isEqualTo("azure:content-images");
    }

    @Test
    void aMissingBlobIsNoImage() {
        blobService.stubFor(get(urlPathMatching("/devstoreaccount1/content-images/images(/|%2F)e1(/|%2F)none\\.png"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("x-ms-error-code", "BlobNotFound")
                        .withHeader("Content-Type", "application/xml")
                        .withBody("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code>"
                                + "<Message>The specified blob does not exist.</Message></Error>")));
        AzureBlobImageStore store = new AzureBlobImageStore(connectionString(), "content-images");

        assertThat(store.get("images/e1/none.png")).isEmpty();
    }

    private String connectionString() {
        return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DEV_KEY
                + ";BlobEndpoint=http://127.0.0.1:" + blobService.port() + "/devstoreaccount1;";
    }
}

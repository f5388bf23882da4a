package com.kt.eventmarketing.content.images.store;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.kt.eventmarketing.content.images.ImageStore;
import java.util.Optional;

/**
 * Images in an Azure Blob Storage container (production). Blobs get their content type and an
 * immutable cache header, so a CDN in front of the account can serve them too.
 */
public class AzureBlobImageStore implements ImageStore {

    private final BlobContainerClient container;

    public AzureBlobImageStore(String connectionString, String containerName) {
        this(new BlobServiceClientBuilder()
                .connectionString(connectionString)
                .buildClient()
                .getBlobContainerClient(containerName));
    }

    AzureBlobImageStore(BlobContainerClient container) {
        this.container = container;
    }

    /** Creates the container if missing (a fresh storage account). */
    public void ensureContainer() {
        container.createIfNotExists();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        BlobClient blob = container.getBlobClient(key);
        BlobHttpHeaders headers = new BlobHttpHeaders()
                .setContentType(contentType)
                .setCacheControl("public, max-age=31536000, immutable");
        blob.uploadWithResponse(
                new BlobParallelUploadOptions(BinaryData.fromBytes(bytes)).setHeaders(headers), null, null);
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(container.getBlobClient(key).downloadContent().toBytes());
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 404 || BlobErrorCode.BLOB_NOT_FOUND.equals(e.getErrorCode())) {
                return Optional.empty();
            }
            throw e;
        } catch (HttpResponseException e) {
            // a 404 whose error body the SDK could not read (e.g. from a proxy) is still "no such blob"
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public String describe() {
        return "azure:" + container.getBlobContainerName();
    }
}

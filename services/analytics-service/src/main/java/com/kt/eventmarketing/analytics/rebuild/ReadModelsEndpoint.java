package com.kt.eventmarketing.analytics.rebuild;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The operator's handle on the read models: {@code POST /actuator/readmodels} rebuilds them from the
 * topics and answers what it did. Not exposed over HTTP unless
 * {@code management.endpoints.web.exposure.include} names it — do that on an internal management port
 * only ({@code management.server.port}), never through the edge.
 */
@Component
@Endpoint(id = "readmodels")
class ReadModelsEndpoint {

    private final ReadModelRebuild rebuild;

    ReadModelsEndpoint(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @WriteOperation
    ReadModelRebuild.Report rebuild() {
        return rebuild.rebuild();
    }
}

package com.kt.eventmarketing.web.errors;

import com.kt.eventmarketing.web.security.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word on errors that never reach the application, such as a request path Tomcat
 * itself refuses ({@code %2F}, {@code %5C}): a problem document with the edge's security headers,
 * instead of Tomcat's HTML error page. Errors the application handled are left alone (they have
 * their body already).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            SecurityHeaders.forRequest("/", request.isSecure()).forEach((name, value) -> {
                if (!response.containsHeader(name)) {
                    response.setHeader(name, value);
                }
            });
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problemJson(HttpStatusCode.valueOf(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to say
        }
    }

    private static String problemJson(HttpStatusCode status) {
        String code = EdgeProblems.codeOf(status);
        // constant texts: nothing to escape
        return "{\"type\":\"/problems/" + code + "\",\"title\":\"" + EdgeProblems.titleOf(status) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + EdgeProblems.defaultDetail(status) + "\",\"code\":\"" + code
                + "\"}";
    }
}

package com.memberpulse.support.common.error;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page for what it refuses before the application sees the request (a request line or header it
 * cannot parse, an invalid escape in the path): the common JSON error body instead of Tomcat's HTML page.
 */
class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        // As Tomcat's own page: only for an error nobody has answered yet.
        if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = JsonErrorController.codeFor(status, "");
        String message = status == HttpStatus.BAD_REQUEST
                ? "The HTTP request is malformed: check its path, query string and headers."
                : JsonErrorController.messageFor(code, status);
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ErrorBody.of(code, message)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written: nothing more to tell anyone.
        }
    }
}

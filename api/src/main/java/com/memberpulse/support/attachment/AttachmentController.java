package com.memberpulse.support.attachment;

import com.memberpulse.support.common.error.ErrorBody;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.common.error.SupportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The file endpoints of SPEC section 13, outside GraphQL: {@code POST /attachments} (multipart, field
 * {@code file}) and {@code GET /attachments/{id}}. Rules in {@link AttachmentService}; refusals answer with
 * their HTTP status and the common JSON error body. Multipart bodies are parsed lazily
 * ({@code spring.servlet.multipart.resolve-lazily}), so that even the container's size limit reaches the
 * handlers here.
 */
@RestController
@RequestMapping("/attachments")
class AttachmentController {

    /** A download is never rendered by the browser, whatever it holds: it is saved, not sniffed, and sandboxed. */
    private static final String NO_RENDERING = "default-src 'none'; sandbox";

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@RequestParam("file") MultipartFile file) throws IOException {
        Attachment attachment;
        try (InputStream content = file.getInputStream()) {
            attachment = attachments.upload(file.getOriginalFilename(), content);
        }
        return ResponseEntity.created(URI.create(attachment.url()))
                .body(new Uploaded(attachment.id(), attachment.name(), attachment.size(), attachment.contentType()));
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        AttachmentService.Download download = attachments.open(Ids.of(id));
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", NO_RENDERING)
                .body(new InputStreamResource(download.content()));
    }

    @ExceptionHandler(SupportException.class)
    ResponseEntity<Map<String, Object>> refused(SupportException e) {
        return error(e.code(), e.getMessage(), e.field());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(ErrorCode.PAYLOAD_TOO_LARGE, "The upload is larger than the service accepts at all. Send a smaller file.", null);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> noFile(MissingServletRequestPartException e) {
        return error(ErrorCode.VALIDATION_FAILED, "Send the file as the multipart field \"file\".", "file");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadable(MultipartException e) {
        return error(ErrorCode.VALIDATION_FAILED, "The request is not a readable multipart upload.", "file");
    }

    private static ResponseEntity<Map<String, Object>> error(ErrorCode code, String message, String field) {
        return ResponseEntity.status(code.httpStatus()).contentType(MediaType.APPLICATION_JSON).body(ErrorBody.of(code, message, field));
    }

    /** What an upload answers: the id to name in {@code attachmentIds}, and what the service made of the file. */
    record Uploaded(UUID id, String name, long size, String contentType) {
    }
}

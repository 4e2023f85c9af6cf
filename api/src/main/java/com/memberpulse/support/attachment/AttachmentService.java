package com.memberpulse.support.attachment;

import com.memberpulse.support.attachment.internal.AttachmentMapper;
import com.memberpulse.support.attachment.internal.AttachmentStorage;
import com.memberpulse.support.attachment.internal.ContentInspector;
import com.memberpulse.support.attachment.internal.FileNames;
import com.memberpulse.support.attachment.internal.SpooledUpload;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, claims and downloads. Who may fetch a file: staff of the tenant any claimed file; a requester the
 * public files (their ticket's description, replies) of their own tickets; the uploader their own upload
 * until it is claimed. Anything else, another tenant's file or an internal note's file for a member, answers
 * NOT_FOUND like a file that does not exist.
 */
@Service
public class AttachmentService {

    private static final String IDS_FIELD = "input.attachmentIds";

    private final AttachmentMapper attachments;
    private final AttachmentStorage storage;
    private final Access access;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    AttachmentService(AttachmentMapper attachments, AttachmentStorage storage, Access access, PlatformTransactionManager transactionManager) {
        this.attachments = attachments;
        this.storage = storage;
        this.access = access;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** A file to send: what it is, and its bytes (the caller closes the stream). */
    public record Download(Attachment attachment, InputStream content) {
    }

    /**
     * Checks and keeps a file of the caller's, unclaimed until a ticket or message names it. The client's
     * stream is read to the end before a transaction starts, so a slow upload holds no database connection;
     * the metadata and the bytes are then written in one transaction, so a failure leaves neither behind.
     * PAYLOAD_TOO_LARGE over the tenant's limit, UNSUPPORTED_MEDIA_TYPE for a type that is not accepted.
     */
    @PreAuthorize("@access.tenantUser()")
    public Attachment upload(String fileName, InputStream content) throws IOException {
        AttachmentSettings limits = readOnly.execute(status -> attachments.settings());
        String name = FileNames.sanitize(fileName);
        try (SpooledUpload upload = SpooledUpload.read(content, limits.maxFileBytes())) {
            if (upload.size() == 0) {
                throw SupportException.validation("file", "The file is empty.");
            }
            String contentType = ContentInspector.inspect(upload.file(), name);
            Attachment attachment = new Attachment(UUID.randomUUID(), name, upload.size(), contentType, upload.sha256(),
                    CurrentUser.get().userId(), null, null, null, null, null, null);
            return transaction.execute(status -> {
                attachments.insert(attachment);
                try (InputStream bytes = upload.open()) {
                    storage.store(attachment.id(), bytes, upload.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return attachments.find(attachment.id());
            });
        }
    }

    /**
     * Claims uploads for a ticket's description or a message, in the caller's transaction, so that a ticket or
     * message refused later still leaves them unclaimed. Each id must name an unclaimed upload of the caller in
     * this tenant, and a message may have at most the tenant's number of files; otherwise VALIDATION_FAILED on
     * {@code input.attachmentIds}, which never tells whether someone else's file exists. For the ticket and
     * conversation features, which have authorised the caller; a null id stands for a malformed one.
     */
    @Transactional
    public void claim(List<UUID> ids, AttachedTo to) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        int max = attachments.settings().maxFilesPerMessage();
        if (distinct.size() > max) {
            throw SupportException.validation(IDS_FIELD, "A message may have at most " + max + " files; this one has " + distinct.size() + ".");
        }
        if (attachments.claim(distinct, CurrentUser.get().userId(), to) != distinct.size()) {
            throw SupportException.validation(IDS_FIELD,
                    "Attach only files you uploaded yourself that are not attached elsewhere yet. Upload the file again if need be.");
        }
    }

    /** The files of these tickets' descriptions that the caller may see, by ticket (GraphQL batch loading). */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Map<UUID, List<Attachment>> ofTickets(Collection<UUID> ticketIds) {
        return ticketIds.isEmpty() ? Map.of() : visibleBy(attachments.ofTickets(ticketIds), Attachment::ticketId);
    }

    /** The files of these messages that the caller may see, by message (GraphQL batch loading). */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Map<UUID, List<Attachment>> ofMessages(Collection<UUID> messageIds) {
        return messageIds.isEmpty() ? Map.of() : visibleBy(attachments.ofMessages(messageIds), Attachment::messageId);
    }

    /** The file, if the caller may see it; NOT_FOUND otherwise (also for a malformed id: null). */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public Download open(UUID id) {
        Attachment attachment = id == null ? null : attachments.find(id);
        if (attachment == null || !maySee(attachment)) {
            throw SupportException.notFound("Attachment");
        }
        return new Download(attachment, storage.open(id));
    }

    /** The lists themselves come from tickets and messages the caller may see; this is the second line. */
    private Map<UUID, List<Attachment>> visibleBy(List<Attachment> rows, Function<Attachment, UUID> key) {
        return rows.stream().filter(this::maySee).collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private boolean maySee(Attachment attachment) {
        String caller = CurrentUser.get().userId();
        if (!attachment.claimed()) {
            return attachment.uploadedBy().equals(caller);
        }
        return access.staff() || attachment.visibility() == Attachment.Visibility.PUBLIC && attachment.requesterId().equals(caller);
    }
}

package com.memberpulse.support.attachment.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.UUID;

/**
 * Where the bytes of attachments live; the metadata always lives in the tenant's schema. Every method runs in
 * the caller's transaction and tenant. The default keeps the bytes in the tenant's schema too
 * ({@link PostgresAttachmentStorage}), so a backup of the tenant has its files. An object store would put
 * them under a key derived from the tenant and the id, delete what it stored if the transaction rolls back
 * (a transaction synchronisation), and delete on {@link #delete} only after commit.
 */
public interface AttachmentStorage {

    /** Stores {@code size} bytes read from {@code content} under {@code id}; the metadata row exists already. */
    void store(UUID id, InputStream content, long size);

    /** The bytes stored under {@code id}; the stream stays readable after the transaction, and the caller closes it. */
    InputStream open(UUID id);

    /** Removes the bytes of these attachments, before their metadata is removed. */
    void delete(Collection<UUID> ids);
}

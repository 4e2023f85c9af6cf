package com.memberpulse.support.attachment.internal;

import com.memberpulse.support.common.persistence.UuidArrayTypeHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes in {@code attachment_content}, in the tenant's schema. The driver fetches a bytea whole, so a
 * download holds one file in memory: fine at the default 25 MB, the reason to plug in an object store for
 * much larger files.
 */
@Component
class PostgresAttachmentStorage implements AttachmentStorage {

    private final JdbcTemplate jdbc;

    PostgresAttachmentStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(UUID id, InputStream content, long size) {
        jdbc.update("insert into attachment_content (id, content) values (?, ?)", statement -> {
            statement.setObject(1, id);
            statement.setBinaryStream(2, content, size);
        });
    }

    @Override
    public InputStream open(UUID id) {
        byte[] content = jdbc.queryForObject("select content from attachment_content where id = ?", byte[].class, id);
        return new ByteArrayInputStream(content);
    }

    @Override
    public void delete(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("delete from attachment_content where id = any (?)", statement -> UuidArrayTypeHandler.bind(statement, 1, ids));
        }
    }
}

package com.memberpulse.support.attachment.internal;

import com.memberpulse.support.attachment.AttachedTo;
import com.memberpulse.support.attachment.Attachment;
import com.memberpulse.support.attachment.AttachmentSettings;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Attachment metadata and limits of the current tenant. */
@Mapper
public interface AttachmentMapper {

    String COLUMNS = "id, file_name as name, size_bytes as size, content_type, sha256, uploaded_by, created_at,"
            + " ticket_id, message_id, visibility, requester_id, claimed_at";

    /** The limits, {@code updated_at} to the millisecond as clients see it (the DateTime scalar writes milliseconds). */
    @Select("select max_file_bytes, max_files_per_message, date_trunc('milliseconds', updated_at) as updated_at from attachment_settings")
    AttachmentSettings settings();

    /**
     * New limits if {@code updated_at} is still {@code seen} (to the millisecond); null otherwise. The new
     * {@code updated_at} is at least a millisecond after the old one, so two changes in one millisecond differ too.
     */
    @Select("""
            update attachment_settings
               set max_file_bytes = #{maxFileBytes}, max_files_per_message = #{maxFilesPerMessage},
                   updated_at = greatest(date_trunc('milliseconds', clock_timestamp()),
                                         date_trunc('milliseconds', updated_at) + interval '1 millisecond')
             where date_trunc('milliseconds', updated_at) = #{seen}
            returning max_file_bytes, max_files_per_message, updated_at""")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    AttachmentSettings updateSettings(@Param("maxFileBytes") long maxFileBytes, @Param("maxFilesPerMessage") int maxFilesPerMessage,
                                      @Param("seen") OffsetDateTime seen);

    @Insert("""
            insert into attachment (id, file_name, size_bytes, content_type, sha256, uploaded_by)
            values (#{id}, #{name}, #{size}, #{contentType}, #{sha256}, #{uploadedBy})""")
    void insert(Attachment attachment);

    @Select("select " + COLUMNS + " from attachment where id = #{id}")
    Attachment find(UUID id);

    /**
     * Claims the caller's unclaimed uploads among {@code ids} for a ticket or message; returns how many it
     * claimed. Row locks serialise it with a concurrent claim or clean-up of the same upload.
     */
    @Update("""
            <script>update attachment
               set ticket_id = #{to.ticketId}, message_id = #{to.messageId}, visibility = #{to.visibility},
                   requester_id = #{to.requesterId}, claimed_at = now()
             where uploaded_by = #{uploader} and claimed_at is null
               and id in <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>""")
    int claim(@Param("ids") Collection<UUID> ids, @Param("uploader") String uploader, @Param("to") AttachedTo to);

    /** The files of these tickets' descriptions, oldest first. */
    @Select("<script>select " + COLUMNS + " from attachment where message_id is null and ticket_id in"
            + "<foreach item='id' collection='ticketIds' open='(' separator=',' close=')'>#{id}</foreach>"
            + " order by created_at, id</script>")
    List<Attachment> ofTickets(@Param("ticketIds") Collection<UUID> ticketIds);

    /** The files of these messages, oldest first. */
    @Select("<script>select " + COLUMNS + " from attachment where message_id in"
            + "<foreach item='id' collection='messageIds' open='(' separator=',' close=')'>#{id}</foreach>"
            + " order by created_at, id</script>")
    List<Attachment> ofMessages(@Param("messageIds") Collection<UUID> messageIds);

    /** Up to {@code limit} unclaimed uploads made before {@code cutoff}, locked; rows a claim holds are skipped. */
    @Select("""
            select id from attachment where claimed_at is null and created_at < #{cutoff}
             order by created_at limit #{limit} for update skip locked""")
    List<UUID> lockUnclaimedBefore(@Param("cutoff") OffsetDateTime cutoff, @Param("limit") int limit);

    @Delete("""
            <script>delete from attachment
             where id in <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>""")
    int delete(@Param("ids") Collection<UUID> ids);
}

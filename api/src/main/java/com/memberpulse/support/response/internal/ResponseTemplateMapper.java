package com.memberpulse.support.response.internal;

import com.memberpulse.support.response.ResponseTemplate;
import com.memberpulse.support.response.ResponseTemplateKind;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The current tenant's {@code response_template} table. */
@Mapper
public interface ResponseTemplateMapper {

    String COLUMNS = "id, kind, name, subject, body, created_at, updated_at, version";
    String RETURNING = " returning " + COLUMNS;

    /** By name; all kinds when {@code kind} is null. */
    @Select("select " + COLUMNS + " from response_template where #{kind}::text is null or kind = #{kind} order by lower(name), id")
    List<ResponseTemplate> list(@Param("kind") ResponseTemplateKind kind);

    @Select("select " + COLUMNS + " from response_template where id = #{id}")
    ResponseTemplate find(@Param("id") UUID id);

    /** A tenant's notification template of {@code kind}; there is exactly one of each (see the V4 migration). */
    @Select("select " + COLUMNS + " from response_template where kind = #{kind}")
    ResponseTemplate findNotification(@Param("kind") ResponseTemplateKind kind);

    @Select("insert into response_template (kind, name, body) values ('REPLY', #{name}, #{body})" + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    ResponseTemplate insertReply(@Param("name") String name, @Param("body") String body);

    /** Null when the template does not exist or its version is not {@code version}. */
    @Select("""
            update response_template
               set name = #{name}, subject = #{subject}, body = #{body}, version = version + 1, updated_at = now()
             where id = #{id} and version = #{version}
            """ + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    ResponseTemplate update(@Param("id") UUID id, @Param("version") int version, @Param("name") String name,
                            @Param("subject") String subject, @Param("body") String body);

    @Delete("delete from response_template where id = #{id} and kind = 'REPLY'")
    void deleteReply(@Param("id") UUID id);
}

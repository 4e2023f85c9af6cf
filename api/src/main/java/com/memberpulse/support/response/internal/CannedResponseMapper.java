package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.persistence.UuidArrayTypeHandler;
import com.memberpulse.support.response.CannedResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

/**
 * The current tenant's {@code canned_response} table. Every read is limited to the rows the given user may see:
 * the shared ones and their own. The result map is spelled out because {@code category_ids} needs
 * {@link UuidArrayTypeHandler}; the other statements reuse it by name.
 */
@Mapper
public interface CannedResponseMapper {

    String COLUMNS = "id, owner_id, title, body, shortcut, category_ids, created_at, updated_at, version";
    String RETURNING = " returning " + COLUMNS;
    String VISIBLE = "(owner_id is null or owner_id = #{userId})";
    String CATEGORY_IDS = "#{categoryIds,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler}";

    /**
     * The responses {@code userId} sees, by title; a search matches title, shortcut and text case-insensitively, and
     * a response whose shortcut is the search itself comes first. {@code strpos} rather than {@code like}, so
     * {@code %} and {@code _} in a search are plain characters.
     */
    @Select("<script>select " + COLUMNS + " from canned_response where " + VISIBLE + """
            <if test="categoryId != null"> and (cardinality(category_ids) = 0 or #{categoryId} = any(category_ids))</if>
            <if test="search != null">
               and (strpos(lower(title), lower(#{search})) > 0 or strpos(shortcut, lower(#{search})) > 0
                    or strpos(lower(body_text), lower(#{search})) > 0)
            </if>
             order by <if test="search != null">coalesce(shortcut = lower(#{search}), false) desc,</if>
                      lower(title), owner_id is null, id
            </script>""")
    @Results(id = "cannedResponse")
    @ConstructorArgs({
            @Arg(column = "id", javaType = UUID.class, id = true),
            @Arg(column = "owner_id", javaType = String.class),
            @Arg(column = "title", javaType = String.class),
            @Arg(column = "body", javaType = String.class),
            @Arg(column = "shortcut", javaType = String.class),
            @Arg(column = "category_ids", javaType = List.class, typeHandler = UuidArrayTypeHandler.class),
            @Arg(column = "created_at", javaType = OffsetDateTime.class),
            @Arg(column = "updated_at", javaType = OffsetDateTime.class),
            @Arg(column = "version", javaType = int.class)
    })
    List<CannedResponse> list(@Param("userId") String userId, @Param("search") String search, @Param("categoryId") UUID categoryId);

    /** The response if {@code userId} may see it, else null. */
    @Select("select " + COLUMNS + " from canned_response where id = #{id} and " + VISIBLE)
    @ResultMap("cannedResponse")
    CannedResponse find(@Param("id") UUID id, @Param("userId") String userId);

    @Select("insert into canned_response (owner_id, title, body, body_text, shortcut, category_ids)"
            + " values (#{ownerId}, #{title}, #{body}, #{bodyText}, #{shortcut}, " + CATEGORY_IDS + ")" + RETURNING)
    @ResultMap("cannedResponse")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    CannedResponse insert(@Param("ownerId") String ownerId, @Param("title") String title, @Param("body") String body,
                          @Param("bodyText") String bodyText, @Param("shortcut") String shortcut,
                          @Param("categoryIds") List<UUID> categoryIds);

    /** Null when the response does not exist or its version is not {@code version}. */
    @Select("update canned_response set title = #{title}, body = #{body}, body_text = #{bodyText}, shortcut = #{shortcut},"
            + " category_ids = " + CATEGORY_IDS + ", version = version + 1, updated_at = now()"
            + " where id = #{id} and version = #{version}" + RETURNING)
    @ResultMap("cannedResponse")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    CannedResponse update(@Param("id") UUID id, @Param("version") int version, @Param("title") String title,
                          @Param("body") String body, @Param("bodyText") String bodyText, @Param("shortcut") String shortcut,
                          @Param("categoryIds") List<UUID> categoryIds);

    @Delete("delete from canned_response where id = #{id}")
    void delete(@Param("id") UUID id);
}

package com.memberpulse.support.category.internal;

import com.memberpulse.support.category.Category;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The current tenant's {@code ticket_category} table. Writes that return the row are {@code @Select}s with
 * {@code returning}; they flush MyBatis' session cache, so a later read in the same transaction sees the change.
 * MyBatis has no UUID type handler, and the PostgreSQL driver takes UUIDs as they are: so a lone UUID argument is
 * named with {@code @Param} (else MyBatis reads it as a bean), and UUIDs in a {@code foreach} name {@link #AS_IS}.
 */
@Mapper
public interface CategoryMapper {

    String COLUMNS = "id, name, description, position, archived_at, version";
    String RETURNING = " returning " + COLUMNS;
    String AS_IS = "typeHandler=org.apache.ibatis.type.ObjectTypeHandler";

    @Select("select " + COLUMNS + " from ticket_category where #{includeArchived} or archived_at is null order by position, id")
    List<Category> list(boolean includeArchived);

    @Select("select " + COLUMNS + " from ticket_category where id = #{id}")
    Category find(@Param("id") UUID id);

    /** Holds the row until commit, so an archive waits for the ticket that is being given this category. */
    @Select("select " + COLUMNS + " from ticket_category where id = #{id} for share")
    Category findForShare(@Param("id") UUID id);

    @Select("<script>select " + COLUMNS + " from ticket_category where id in "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id," + AS_IS + "}</foreach></script>")
    List<Category> findAll(@Param("ids") Collection<UUID> ids);

    /**
     * Serialises the writers that compute positions (create, reorder) within the tenant, so new categories get
     * distinct positions and a reorder's complete list stays complete. Reads and ticket writes are not blocked.
     */
    @Update("lock table ticket_category in share row exclusive mode")
    void lockPositions();

    @Select("""
            insert into ticket_category (name, name_key, description, position)
            select #{name}, #{nameKey}, #{description}, coalesce(max(position), 0) + 1 from ticket_category
            """ + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    Category insert(@Param("name") String name, @Param("nameKey") String nameKey, @Param("description") String description);

    /** Null when the category does not exist or its version is not {@code version}. */
    @Select("""
            update ticket_category
               set name = #{name}, name_key = #{nameKey}, description = #{description}, version = version + 1, updated_at = now()
             where id = #{id} and version = #{version}
            """ + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    Category update(@Param("id") UUID id, @Param("version") int version, @Param("name") String name,
                    @Param("nameKey") String nameKey, @Param("description") String description);

    @Select("update ticket_category set archived_at = now(), version = version + 1, updated_at = now() where id = #{id}" + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    Category archive(@Param("id") UUID id);

    @Select("update ticket_category set archived_at = null, version = version + 1, updated_at = now() where id = #{id}" + RETURNING)
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    Category restore(@Param("id") UUID id);

    /** Positions 1..n in the order of {@code ids}; only rows whose position changes get a new version. */
    @Update("<script>update ticket_category c set position = v.position, version = c.version + 1, updated_at = now() "
            + "from (values <foreach collection='ids' item='id' index='i' separator=','>(#{id," + AS_IS + "}, #{i} + 1)</foreach>)"
            + " as v (id, position) where c.id = v.id and c.position &lt;&gt; v.position</script>")
    void reorder(@Param("ids") List<UUID> ids);
}

package com.memberpulse.support.tenant.internal;

import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tenant registry and the platform-admin audit, in the control schema. */
@Mapper
public interface TenantMapper {

    String COLUMNS = "slug, schema_name, display_name as name, state, schema_version, created_at, disabled_at";

    @Select("select " + COLUMNS + " from support_control.tenant where slug = #{slug}")
    Tenant find(String slug);

    @Select("select " + COLUMNS + " from support_control.tenant where state = 'ACTIVE' order by slug")
    List<Tenant> active();

    @Select("select " + COLUMNS + " " + """
             from support_control.tenant
             where slug > #{after} and (#{includeDeleted} or state <> 'DELETED')
             order by slug limit #{limit}""")
    List<Tenant> page(@Param("after") String after, @Param("includeDeleted") boolean includeDeleted, @Param("limit") int limit);

    @Select("select count(*) from support_control.tenant where #{includeDeleted} or state <> 'DELETED'")
    long count(boolean includeDeleted);

    /** Registers a tenant, or brings a disabled or deleted one back to ACTIVE; the slug decides which. */
    @Insert("""
            insert into support_control.tenant (slug, schema_name, display_name, state, schema_version)
            values (#{slug}, #{schemaName}, #{name}, 'ACTIVE', #{schemaVersion})
            on conflict (slug) do update
               set display_name = excluded.display_name, state = 'ACTIVE', schema_version = excluded.schema_version,
                   disabled_at = null, updated_at = now()""")
    void upsertActive(@Param("slug") String slug, @Param("schemaName") String schemaName, @Param("name") String name,
                      @Param("schemaVersion") String schemaVersion);

    @Update("""
            update support_control.tenant
               set state = #{state}, disabled_at = coalesce(disabled_at, now()), updated_at = now(),
                   schema_version = case when #{state} = 'DELETED' then null else schema_version end
             where slug = #{slug}""")
    int disable(@Param("slug") String slug, @Param("state") Tenant.State state);

    @Insert("""
            insert into support_control.platform_access_audit (admin_subject, admin_name, tenant_slug, http_method, request_path, operation)
            values (#{subject}, #{name}, #{tenant}, #{method}, #{path}, #{operation})""")
    void audit(@Param("subject") String subject, @Param("name") String name, @Param("tenant") String tenant,
               @Param("method") String method, @Param("path") String path, @Param("operation") String operation);
}

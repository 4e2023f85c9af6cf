package com.memberpulse.support.assignment.internal;

import com.memberpulse.support.assignment.SupportTeam;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The current tenant's teams, their members and their round-robin turn. */
@Mapper
public interface TeamMapper {

    String COLUMNS = "id, name, description, created_at, updated_at, version";

    @Select("select " + COLUMNS + " from support_team order by lower(name), id")
    List<SupportTeam> list();

    @Select("select " + COLUMNS + " from support_team where id = #{id}")
    SupportTeam find(UUID id);

    @Select("<script>select " + COLUMNS + " " + """
             from support_team where id in <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
             order by lower(name), id</script>""")
    List<SupportTeam> findAll(@Param("ids") List<UUID> ids);

    @Select("insert into support_team (name, name_key, description) values (#{name}, #{nameKey}, #{description}) returning " + COLUMNS)
    SupportTeam insert(@Param("name") String name, @Param("nameKey") String nameKey, @Param("description") String description);

    @Select("""
            update support_team set name = #{name}, name_key = #{nameKey}, description = #{description}, updated_at = now(),
                   version = version + 1
             where id = #{id} and version = #{version} returning """ + " " + COLUMNS)
    SupportTeam update(@Param("id") UUID id, @Param("version") int version, @Param("name") String name,
                       @Param("nameKey") String nameKey, @Param("description") String description);

    @Delete("delete from support_team where id = #{id}")
    int delete(UUID id);

    /** Which teams each of these agents is in, as (agent, team) pairs. */
    @Select("<script>select agent_id, team_id from support_team_member where agent_id in "
            + "<foreach item='id' collection='agentIds' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<Membership> membershipsOf(@Param("agentIds") List<String> agentIds);

    /** The members of these teams, as (agent, team) pairs. */
    @Select("<script>select agent_id, team_id from support_team_member where team_id in "
            + "<foreach item='id' collection='teamIds' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<Membership> membersOf(@Param("teamIds") List<UUID> teamIds);

    @Delete("delete from support_team_member where agent_id = #{agentId}")
    void leaveAll(String agentId);

    @Insert("insert into support_team_member (team_id, agent_id) values (#{teamId}, #{agentId})")
    void join(@Param("teamId") UUID teamId, @Param("agentId") String agentId);


    /** An agent's membership of a team. */
    record Membership(String agentId, UUID teamId) {
    }
}

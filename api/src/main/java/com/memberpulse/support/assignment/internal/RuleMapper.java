package com.memberpulse.support.assignment.internal;

import com.memberpulse.support.assignment.AssignmentRule;
import com.memberpulse.support.assignment.AssignmentStrategy;
import com.memberpulse.support.common.persistence.UuidArrayTypeHandler;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.type.ArrayTypeHandler;
import org.jspecify.annotations.Nullable;

/**
 * The current tenant's assignment rules, in order. Category ids travel as {@code uuid[]} ({@link UuidArrayTypeHandler});
 * the other condition lists as text arrays (MyBatis' own array handler), cast to their column types in SQL.
 */
@Mapper
public interface RuleMapper {

    String COLUMNS = """
            id, name, position, enabled, category_ids, priorities, requester_types, keywords,
            target_agent_id, target_team_id, strategy, created_at, updated_at, version""";
    String ARRAY = ",typeHandler=org.apache.ibatis.type.ArrayTypeHandler}";
    String UUIDS = "com.memberpulse.support.common.persistence.UuidArrayTypeHandler";
    String VALUES = "#{rule.name}, #{rule.enabled}, #{rule.categoryIds,typeHandler=" + UUIDS + "}, #{rule.priorities" + ARRAY
            + ", #{rule.requesterTypes" + ARRAY + ", #{rule.keywords" + ARRAY + ", #{rule.targetAgentId}, #{rule.targetTeamId}::uuid, #{rule.strategy}";

    @Select("select " + COLUMNS + " from assignment_rule order by position, id")
    @Results(id = "rule")
    @ConstructorArgs({
            @Arg(column = "id", javaType = UUID.class, id = true),
            @Arg(column = "name", javaType = String.class),
            @Arg(column = "position", javaType = int.class),
            @Arg(column = "enabled", javaType = boolean.class),
            @Arg(column = "category_ids", javaType = List.class, typeHandler = UuidArrayTypeHandler.class),
            @Arg(column = "priorities", javaType = String[].class, typeHandler = ArrayTypeHandler.class),
            @Arg(column = "requester_types", javaType = String[].class, typeHandler = ArrayTypeHandler.class),
            @Arg(column = "keywords", javaType = String[].class, typeHandler = ArrayTypeHandler.class),
            @Arg(column = "target_agent_id", javaType = String.class),
            @Arg(column = "target_team_id", javaType = UUID.class),
            @Arg(column = "strategy", javaType = String.class),
            @Arg(column = "created_at", javaType = OffsetDateTime.class),
            @Arg(column = "updated_at", javaType = OffsetDateTime.class),
            @Arg(column = "version", javaType = int.class)})
    List<RuleRow> list();

    @Select("select " + COLUMNS + " from assignment_rule where id = #{id}")
    @ResultMap("rule")
    @Nullable RuleRow find(UUID id);

    @Select("insert into assignment_rule (name, enabled, category_ids, priorities, requester_types, keywords, target_agent_id,"
            + " target_team_id, strategy, position) values (" + VALUES + ", (select coalesce(max(position), 0) + 1 from assignment_rule))"
            + " returning " + COLUMNS)
    @ResultMap("rule")
    RuleRow insert(@Param("rule") RuleRow rule);

    @Select("update assignment_rule set (name, enabled, category_ids, priorities, requester_types, keywords, target_agent_id,"
            + " target_team_id, strategy) = (" + VALUES + "), updated_at = now(), version = version + 1"
            + " where id = #{rule.id} and version = #{rule.version} returning " + COLUMNS)
    @ResultMap("rule")
    @Nullable RuleRow update(@Param("rule") RuleRow rule);

    /** Every rule's id, each row locked until the transaction ends (in id order, so lockers never deadlock). */
    @Select("select id from assignment_rule order by id for update")
    List<UUID> lockAll();

    @Delete("delete from assignment_rule where id = #{id}")
    int delete(UUID id);

    @Update("update assignment_rule set position = #{position}, updated_at = now(), version = version + 1 where id = #{id}")
    void move(@Param("id") UUID id, @Param("position") int position);

    /** Rules that send tickets to this team (a team in use cannot be deleted). */
    @Select("select name from assignment_rule where target_team_id = #{teamId} order by position")
    List<String> namesTargetingTeam(UUID teamId);

    /** A rule as stored: category ids as they are, the other condition lists as text arrays. */
    record RuleRow(@Nullable UUID id, String name, int position, boolean enabled, List<UUID> categoryIds, String[] priorities,
                   String[] requesterTypes, String[] keywords, @Nullable String targetAgentId, @Nullable UUID targetTeamId,
                   @Nullable String strategy, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt, int version) {

        public static RuleRow of(AssignmentRule rule) {
            return new RuleRow(rule.id(), rule.name(), rule.position(), rule.enabled(),
                    rule.categoryIds(),
                    rule.priorities().stream().map(Enum::name).toArray(String[]::new),
                    rule.requesterTypes().stream().map(Enum::name).toArray(String[]::new),
                    rule.keywords().toArray(String[]::new), rule.targetAgentId(), rule.targetTeamId(),
                    rule.strategy() == null ? null : rule.strategy().name(), rule.createdAt(), rule.updatedAt(), rule.version());
        }

        public AssignmentRule toRule() {
            return new AssignmentRule(id, name, position, enabled,
                    categoryIds,
                    Arrays.stream(priorities).map(Priority::valueOf).toList(),
                    Arrays.stream(requesterTypes).map(RequesterType::valueOf).toList(),
                    List.of(keywords), targetAgentId, targetTeamId,
                    strategy == null ? null : AssignmentStrategy.valueOf(strategy), createdAt, updatedAt, version);
        }
    }
}

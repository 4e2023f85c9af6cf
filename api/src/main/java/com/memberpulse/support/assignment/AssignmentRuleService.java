package com.memberpulse.support.assignment;

import com.memberpulse.support.assignment.internal.AgentMapper;
import com.memberpulse.support.assignment.internal.RuleMapper;
import com.memberpulse.support.assignment.internal.TeamMapper;
import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.input.Reordering;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered automatic assignment rules (SPEC section 8). Admins only, reading included: how tickets are routed
 * is configuration, and members never see any of it. After any change the waiting tickets are tried again.
 */
@Service
public class AssignmentRuleService {

    static final int MAX_NAME = 120;
    static final int MAX_KEYWORDS = 50;
    static final int MAX_KEYWORD = 100;

    private final RuleMapper rules;
    private final AgentMapper agents;
    private final TeamMapper teams;
    private final CategoryService categories;
    private final EventLog events;

    AssignmentRuleService(RuleMapper rules, AgentMapper agents, TeamMapper teams, CategoryService categories, EventLog events) {
        this.rules = rules;
        this.agents = agents;
        this.teams = teams;
        this.categories = categories;
        this.events = events;
    }

    /** What a rule is made of, as an admin gives it. */
    public record RuleInput(@Nullable String name, @Nullable Boolean enabled, @Nullable List<UUID> categoryIds,
                            @Nullable List<Priority> priorities, @Nullable List<RequesterType> requesterTypes,
                            @Nullable List<String> keywords, @Nullable String agentId, @Nullable UUID teamId,
                            @Nullable AssignmentStrategy strategy) {
    }

    @PreAuthorize("@access.admin()")
    @Transactional(readOnly = true)
    public List<AssignmentRule> list() {
        return rules.list().stream().map(RuleMapper.RuleRow::toRule).toList();
    }

    /** A new rule, tried after the existing ones. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<AssignmentRule> create(RuleInput input) {
        AssignmentRule rule = validated(null, 0, input);
        return capacityFreed(rules.insert(RuleMapper.RuleRow.of(rule)).toRule());
    }

    /** Replaces a rule's name, conditions, target and enabled flag, if {@code version} is the current one. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<AssignmentRule> update(@Nullable UUID id, int version, RuleInput input) {
        requireRule(id);
        AssignmentRule rule = validated(id, version, input);
        RuleMapper.RuleRow updated = VersionedWrites.requireApplied(rules.update(RuleMapper.RuleRow.of(rule)),
                "The rule was changed by someone else. Reload it and try again.");
        return capacityFreed(updated.toRule());
    }

    /** Deletes a rule; tickets waiting for its target are tried against the remaining rules. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<UUID> delete(@Nullable UUID id) {
        requireRule(id);
        rules.delete(id);
        return capacityFreed(id);
    }

    /** Puts the rules in this order: every rule exactly once. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<List<AssignmentRule>> reorder(List<UUID> ids) {
        // Locked, so that two reorders at once run one after the other.
        Reordering.requireEachOnce(rules.lockAll(), ids, "assignment rule", "rule");
        for (int i = 0; i < ids.size(); i++) {
            rules.move(ids.get(i), i + 1);
        }
        return capacityFreed(list());
    }

    /** The rules changed: tickets waiting for an agent may find one now (or match another rule). */
    private <T> Recorded<T> capacityFreed(T result) {
        return new Recorded<>(result, List.of(events.append(null, CapacityFreed.TYPE, new CapacityFreed())));
    }

    private RuleMapper.RuleRow requireRule(@Nullable UUID id) {
        RuleMapper.RuleRow rule = id == null ? null : rules.find(id);
        if (rule == null) {
            throw SupportException.notFound("Assignment rule");
        }
        return rule;
    }

    private AssignmentRule validated(@Nullable UUID id, int version, RuleInput input) {
        String name = TextInput.line(input.name(), "input.name", MAX_NAME, "A rule name");
        List<UUID> categoryIds = categories.requireAll(input.categoryIds(), "input.categoryIds");
        List<String> keywords = keywords(input.keywords());
        if ((input.agentId() == null) == (input.teamId() == null)) {
            throw SupportException.validation("input.agentId", "A rule sends tickets to one agent (agentId) or to a team (teamId): give exactly one.");
        }
        AssignmentStrategy strategy = null;
        if (input.agentId() != null) {
            SupportAgent agent = agents.find(input.agentId());
            if (agent == null) {
                throw new SupportException(ErrorCode.NOT_FOUND, "Agent " + Echo.of(input.agentId()) + " was not found.", "input.agentId");
            }
            if (!agent.active()) {
                throw SupportException.validation("input.agentId", agent.name() + " is no longer an active agent.");
            }
        } else {
            if (teams.find(input.teamId()) == null) {
                throw new SupportException(ErrorCode.NOT_FOUND, "Team " + input.teamId() + " was not found.", "input.teamId");
            }
            if (input.strategy() == null) {
                throw SupportException.validation("input.strategy", "Say how the team's agent is chosen: ROUND_ROBIN or WORKLOAD_BALANCING.");
            }
            strategy = input.strategy();
        }
        return new AssignmentRule(id, name, 0, input.enabled() == null || input.enabled(), categoryIds, distinct(input.priorities()),
                distinct(input.requesterTypes()), keywords, input.agentId(), input.teamId(), strategy, null, null, version);
    }

    private static List<String> keywords(@Nullable List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (String keyword : given) {
            keywords.add(TextInput.line(keyword, "input.keywords", MAX_KEYWORD, "A keyword").toLowerCase(Locale.ROOT));
        }
        if (keywords.size() > MAX_KEYWORDS) {
            throw SupportException.validation("input.keywords", "A rule has at most " + MAX_KEYWORDS + " keywords.");
        }
        return List.copyOf(keywords);
    }

    private static <T> List<T> distinct(@Nullable List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}

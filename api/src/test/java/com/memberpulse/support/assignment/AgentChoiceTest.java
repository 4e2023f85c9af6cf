package com.memberpulse.support.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.assignment.AgentChoice.Candidate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The choice of agent as a pure function: examples for each rule of SPEC section 8, and properties over random
 * teams (availability, capacity, loads) and random streams of tickets of every weight.
 */
class AgentChoiceTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    // ---- examples ----

    @Example
    void roundRobinTakesTheNextAgentAfterTheLastTurnAndWraps() {
        List<Candidate> team = List.of(agent("a", 0, 10), agent("b", 0, 10), agent("c", 0, 10));
        assertThat(AgentChoice.roundRobin(team, "a", 2)).map(Candidate::agentId).contains("b");
        assertThat(AgentChoice.roundRobin(team, "c", 2)).map(Candidate::agentId).contains("a");
        assertThat(AgentChoice.roundRobin(team, null, 2)).map(Candidate::agentId).contains("a");
        assertThat(AgentChoice.roundRobin(team, "gone", 2)).map(Candidate::agentId).contains("a");
    }

    @Example
    void roundRobinSkipsAgentsWhoAreAwayInactiveOrFull() {
        List<Candidate> team = List.of(agent("a", 0, 10), away("b"), inactive("c"), agent("d", 9, 10), agent("e", 0, 10));
        assertThat(AgentChoice.roundRobin(team, "a", 2)).map(Candidate::agentId).contains("e");
        // d has room for a LOW ticket (9 + 1 <= 10), not for a MEDIUM one.
        assertThat(AgentChoice.roundRobin(team, "a", 1)).map(Candidate::agentId).contains("d");
    }

    @Example
    void roundRobinMayGiveTheLastAgentAnotherTurnWhenNobodyElseCan() {
        List<Candidate> team = List.of(agent("a", 0, 10), away("b"));
        assertThat(AgentChoice.roundRobin(team, "a", 2)).map(Candidate::agentId).contains("a");
    }

    @Example
    void nobodyEligibleMeansNoChoice() {
        List<Candidate> team = List.of(away("a"), agent("b", 10, 10), inactive("c"));
        assertThat(AgentChoice.roundRobin(team, "a", 1)).isEmpty();
        assertThat(AgentChoice.leastLoaded(team, 1)).isEmpty();
        assertThat(AgentChoice.roundRobin(List.of(), null, 1)).isEmpty();
        assertThat(AgentChoice.single(null, 1)).isEmpty();
        assertThat(AgentChoice.single(away("a"), 1)).isEmpty();
    }

    @Example
    void workloadBalancingTakesTheLowestLoadThenWhoeverWasAssignedLeastRecently() {
        Candidate busy = new Candidate("a", "A", true, true, 20, 6, T0);
        Candidate lightRecent = new Candidate("b", "B", true, true, 20, 2, T0.plusMinutes(5));
        Candidate lightEarlier = new Candidate("c", "C", true, true, 20, 2, T0.plusMinutes(1));
        Candidate lightNever = new Candidate("d", "D", true, true, 20, 2, null);
        assertThat(AgentChoice.leastLoaded(List.of(busy, lightRecent, lightEarlier), 1)).map(Candidate::agentId).contains("c");
        assertThat(AgentChoice.leastLoaded(List.of(busy, lightRecent, lightEarlier, lightNever), 1)).map(Candidate::agentId).contains("d");
        // The lightest agent who is away does not count.
        Candidate idleAway = new Candidate("e", "E", true, false, 20, 0, null);
        assertThat(AgentChoice.leastLoaded(List.of(busy, idleAway), 1)).map(Candidate::agentId).contains("a");
    }

    @Example
    void aHighTicketNeedsThreeUnitsOfRoom() {
        Candidate agent = agent("a", 18, 20);
        assertThat(AgentChoice.single(agent, 2)).isPresent();
        assertThat(AgentChoice.single(agent, 3)).isEmpty();
    }

    // ---- properties ----

    @Property
    void neitherStrategyEverTakesAnAgentOverCapacityOrChoosesSomeoneIneligible(
            @ForAll("teams") List<Candidate> team, @ForAll @Size(max = 200) List<@IntRange(min = 1, max = 3) Integer> weights,
            @ForAll boolean roundRobin) {
        Map<String, Candidate> state = new HashMap<>();
        team.forEach(agent -> state.put(agent.agentId(), agent));
        String last = null;
        for (int weight : weights) {
            List<Candidate> current = team.stream().map(agent -> state.get(agent.agentId())).toList();
            Optional<Candidate> chosen = roundRobin ? AgentChoice.roundRobin(current, last, weight) : AgentChoice.leastLoaded(current, weight);
            boolean anyoneEligible = current.stream().anyMatch(agent -> agent.active() && agent.available() && agent.load() + weight <= agent.capacity());
            assertThat(chosen.isPresent()).as("someone is chosen exactly when someone is eligible").isEqualTo(anyoneEligible);
            if (chosen.isPresent()) {
                Candidate agent = chosen.get();
                assertThat(agent.active() && agent.available()).isTrue();
                assertThat(agent.load() + weight).isLessThanOrEqualTo(agent.capacity());
                state.put(agent.agentId(), withLoad(agent, agent.load() + weight));
                last = agent.agentId();
            }
        }
        state.values().forEach(agent -> assertThat(agent.load()).isLessThanOrEqualTo(Math.max(agent.capacity(), initialLoad(team, agent))));
    }

    @Property
    void roundRobinSkipsOnlyIneligibleAgents(@ForAll("teams") List<Candidate> team, @ForAll @IntRange(min = 1, max = 3) int weight,
                                             @ForAll @IntRange(min = -1, max = 11) int lastIndex) {
        String last = lastIndex >= 0 && lastIndex < team.size() ? team.get(lastIndex).agentId() : null;
        Optional<Candidate> chosen = AgentChoice.roundRobin(team, last, weight);
        int start = last == null ? -1 : lastIndex;
        for (int step = 1; step <= team.size(); step++) {
            Candidate next = team.get(Math.floorMod(start + step, team.size()));
            if (next.canTake(weight)) {
                assertThat(chosen).as("the first eligible agent after the last turn").contains(next);
                return;
            }
        }
        assertThat(chosen).isEmpty();
    }

    @Property
    void roundRobinIsFairOverManyRounds(@ForAll @IntRange(min = 1, max = 12) int size, @ForAll @IntRange(min = 1, max = 20) int rounds) {
        List<Candidate> team = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            team.add(agent("agent-" + i, 0, 1000));
        }
        Map<String, Integer> received = new HashMap<>();
        List<String> order = new ArrayList<>();
        String last = null;
        for (int i = 0; i < size * rounds; i++) {
            Candidate chosen = AgentChoice.roundRobin(team, last, 1).orElseThrow();
            received.merge(chosen.agentId(), 1, Integer::sum);
            order.add(chosen.agentId());
            last = chosen.agentId();
        }
        assertThat(received).hasSize(size).allSatisfy((agent, count) -> assertThat(count).isEqualTo(rounds));
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).as("turn %d", i).isEqualTo(team.get(i % size).agentId());
        }
    }

    @Property
    void workloadBalancingKeepsEqualAgentsWithinOneTicketOfEachOther(@ForAll @IntRange(min = 1, max = 12) int size,
                                                                    @ForAll @IntRange(min = 1, max = 200) int tickets) {
        Map<String, Candidate> state = new HashMap<>();
        for (int i = 0; i < size; i++) {
            state.put("agent-" + i, agent("agent-" + i, 0, 1000));
        }
        OffsetDateTime clock = T0;
        for (int i = 0; i < tickets; i++) {
            Candidate chosen = AgentChoice.leastLoaded(List.copyOf(state.values()), 2).orElseThrow();
            clock = clock.plusSeconds(1);
            state.put(chosen.agentId(), new Candidate(chosen.agentId(), chosen.name(), true, true, chosen.capacity(), chosen.load() + 2, clock));
        }
        int max = state.values().stream().mapToInt(Candidate::load).max().orElseThrow();
        int min = state.values().stream().mapToInt(Candidate::load).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(2);
    }

    @Property
    void workloadBalancingPicksAMinimumLoadAmongTheEligible(@ForAll("teams") List<Candidate> team, @ForAll @IntRange(min = 1, max = 3) int weight) {
        Optional<Candidate> chosen = AgentChoice.leastLoaded(team, weight);
        chosen.ifPresent(agent -> team.stream().filter(other -> other.canTake(weight)).forEach(other -> {
            assertThat(agent.load()).isLessThanOrEqualTo(other.load());
            if (other.load() == agent.load() && agent.lastAssignedAt() != null) {
                assertThat(other.lastAssignedAt()).as("a tie goes to whoever was assigned least recently").isNotNull();
                assertThat(agent.lastAssignedAt()).isBeforeOrEqualTo(other.lastAssignedAt());
            }
        }));
    }

    @Provide
    Arbitrary<List<Candidate>> teams() {
        Arbitrary<Candidate> agent = Combinators.combine(
                        Arbitraries.integers().between(0, 1_000_000),
                        Arbitraries.of(true, true, true, false),
                        Arbitraries.of(true, true, false),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 100).injectNull(0.3))
                .as((id, active, available, capacity, load, minutes) -> new Candidate("agent-" + id, "Agent " + id, active, available,
                        capacity, load, minutes == null ? null : T0.plusMinutes(minutes)));
        return agent.list().ofMinSize(1).ofMaxSize(12).uniqueElements(Candidate::agentId);
    }

    private static int initialLoad(List<Candidate> team, Candidate agent) {
        return team.stream().filter(a -> a.agentId().equals(agent.agentId())).findFirst().orElseThrow().load();
    }

    private static Candidate withLoad(Candidate agent, int load) {
        return new Candidate(agent.agentId(), agent.name(), agent.active(), agent.available(), agent.capacity(), load, T0);
    }

    private static Candidate agent(String id, int load, int capacity) {
        return new Candidate(id, id.toUpperCase(), true, true, capacity, load, null);
    }

    private static Candidate away(String id) {
        return new Candidate(id, id.toUpperCase(), true, false, 10, 0, null);
    }

    private static Candidate inactive(String id) {
        return new Candidate(id, id.toUpperCase(), false, true, 10, 0, null);
    }
}

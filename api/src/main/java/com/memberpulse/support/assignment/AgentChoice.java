package com.memberpulse.support.assignment;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which agent of a target takes a ticket (SPEC section 8): a plain function of the agents' availability, their
 * open loads, their capacity and, for round-robin, whose turn it was last. No database, no clock.
 * <p>
 * An agent is eligible when active, available, and the ticket's weight still fits under their capacity, so an
 * automatic assignment never takes anyone over capacity.
 */
final class AgentChoice {

    private AgentChoice() {
    }

    /** One agent as the choice sees them. {@code load} is the weighted open load; {@code lastAssignedAt} may be null. */
    record Candidate(String agentId, String name, boolean active, boolean available, int capacity, int load,
                     OffsetDateTime lastAssignedAt) {

        boolean canTake(int weight) {
            return active && available && load + weight <= capacity;
        }
    }

    /**
     * Round-robin: the first eligible agent after {@code lastAgentId} in the rotation, wrapping around; the rotation
     * starts at its head when the last agent is unknown or no longer in it.
     */
    static Optional<Candidate> roundRobin(List<Candidate> rotation, String lastAgentId, int weight) {
        int last = -1;
        for (int i = 0; i < rotation.size(); i++) {
            if (rotation.get(i).agentId().equals(lastAgentId)) {
                last = i;
                break;
            }
        }
        for (int step = 1; step <= rotation.size(); step++) {
            Candidate candidate = rotation.get(Math.floorMod(last + step, rotation.size()));
            if (candidate.canTake(weight)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Workload balancing: the eligible agent with the lowest load; ties to whoever was assigned least recently (never first). */
    static Optional<Candidate> leastLoaded(List<Candidate> agents, int weight) {
        return agents.stream()
                .filter(candidate -> candidate.canTake(weight))
                .min(Comparator.comparingInt(Candidate::load)
                        .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Candidate::agentId));
    }

    /** A single target agent takes the ticket only if eligible. */
    static Optional<Candidate> single(Candidate agent, int weight) {
        return agent != null && agent.canTake(weight) ? Optional.of(agent) : Optional.empty();
    }
}

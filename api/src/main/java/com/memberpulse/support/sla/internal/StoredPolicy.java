package com.memberpulse.support.sla.internal;

import com.memberpulse.support.sla.EscalationActions;
import com.memberpulse.support.sla.PriorityTargets;
import com.memberpulse.support.sla.SlaPolicy;
import com.memberpulse.support.ticket.RequesterType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** A {@code sla_policy} row, its JSON columns as text. */
public record StoredPolicy(@Nullable UUID id, String name, String requesterType, @Nullable UUID calendarId, String targets,
                           int warningPercent, String onWarning, String onBreach, int version) {

    public static StoredPolicy of(SlaPolicy policy) {
        return new StoredPolicy(policy.id(), policy.name(), policy.requesterType().name(), policy.calendarId(), SlaJson.write(policy.targets()),
                policy.warningPercent(), SlaJson.write(policy.onWarning()), SlaJson.write(policy.onBreach()), policy.version());
    }

    public SlaPolicy toPolicy() {
        return new SlaPolicy(id, name, RequesterType.valueOf(requesterType), calendarId,
                SlaJson.read(targets, new TypeReference<List<PriorityTargets>>() { }), warningPercent,
                SlaJson.read(onWarning, new TypeReference<EscalationActions>() { }),
                SlaJson.read(onBreach, new TypeReference<EscalationActions>() { }), version);
    }
}

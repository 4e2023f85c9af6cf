package com.memberpulse.support.sla.internal;

import com.memberpulse.support.sla.SupportCalendar;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** A {@code business_calendar} row, its JSON columns as text. */
public record StoredCalendar(@Nullable UUID id, String name, String timeZone, String weeklyHours, String holidays, int version) {

    public static StoredCalendar of(SupportCalendar calendar) {
        return new StoredCalendar(calendar.id(), calendar.name(), calendar.timeZone(), SlaJson.write(calendar.weeklyHours()),
                SlaJson.write(calendar.holidays()), calendar.version());
    }

    public SupportCalendar toCalendar() {
        return new SupportCalendar(id, name, timeZone,
                SlaJson.read(weeklyHours, new TypeReference<List<SupportCalendar.BusinessDay>>() { }),
                SlaJson.read(holidays, new TypeReference<List<SupportCalendar.Holiday>>() { }), version);
    }
}

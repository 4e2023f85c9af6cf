package com.memberpulse.support.notification.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jspecify.annotations.Nullable;

/** The tenant's notification tables: settings, members' preferences and the delivery log. */
@Mapper
public interface NotificationMapper {

    String SETTINGS = """
            select email_enabled, from_address, from_name, reply_to_address, webhook_enabled, webhook_url,
                   webhook_secret, webhook_secret_created_at, previous_webhook_secret,
                   case when previous_secret_valid_until > now() then previous_secret_valid_until end as previous_secret_valid_until,
                   date_trunc('milliseconds', updated_at) as updated_at
              from notification_settings""";

    /** Moves {@code updated_at} on by at least a millisecond, so that it works as a version. */
    String NEXT_UPDATED_AT = "greatest(date_trunc('milliseconds', clock_timestamp()), date_trunc('milliseconds', updated_at) + interval '1 millisecond')";

    @Select(SETTINGS)
    StoredSettings settings();

    /** New settings if {@code updated_at} is still {@code seen} (to the millisecond); null otherwise. */
    @Select("""
            update notification_settings
               set email_enabled = #{emailEnabled}, from_address = #{fromAddress}, from_name = #{fromName},
                   reply_to_address = #{replyToAddress}, webhook_enabled = #{webhookEnabled}, webhook_url = #{webhookUrl},
                   updated_at = """ + NEXT_UPDATED_AT + """
             where date_trunc('milliseconds', updated_at) = #{seen}
            returning email_enabled, from_address, from_name, reply_to_address, webhook_enabled, webhook_url,
                   webhook_secret, webhook_secret_created_at, previous_webhook_secret,
                   case when previous_secret_valid_until > now() then previous_secret_valid_until end as previous_secret_valid_until,
                   updated_at""")
    @Nullable StoredSettings update(@Param("emailEnabled") boolean emailEnabled, @Param("fromAddress") @Nullable String fromAddress,
                                    @Param("fromName") @Nullable String fromName, @Param("replyToAddress") @Nullable String replyToAddress,
                                    @Param("webhookEnabled") boolean webhookEnabled, @Param("webhookUrl") @Nullable String webhookUrl,
                                    @Param("seen") OffsetDateTime seen);

    /** A new secret; the one it replaces keeps signing for {@code overlapMinutes} (none if there was none). */
    @Select("""
            update notification_settings
               set previous_webhook_secret = case when #{overlapMinutes} > 0 then webhook_secret end,
                   previous_secret_valid_until = case when #{overlapMinutes} > 0 and webhook_secret is not null
                                                      then now() + #{overlapMinutes} * interval '1 minute' end,
                   webhook_secret = #{secret}, webhook_secret_created_at = now(),
                   updated_at = """ + NEXT_UPDATED_AT + """
            returning email_enabled, from_address, from_name, reply_to_address, webhook_enabled, webhook_url,
                   webhook_secret, webhook_secret_created_at, previous_webhook_secret,
                   case when previous_secret_valid_until > now() then previous_secret_valid_until end as previous_secret_valid_until,
                   updated_at""")
    StoredSettings rotateSecret(@Param("secret") String secret, @Param("overlapMinutes") int overlapMinutes);

    /** The settings as stored, secrets included: never leaves the notification feature. */
    record StoredSettings(boolean emailEnabled, @Nullable String fromAddress, @Nullable String fromName, @Nullable String replyToAddress,
                          boolean webhookEnabled, @Nullable String webhookUrl, @Nullable String webhookSecret,
                          @Nullable OffsetDateTime webhookSecretCreatedAt, @Nullable String previousWebhookSecret,
                          @Nullable OffsetDateTime previousSecretValidUntil, OffsetDateTime updatedAt) {
    }

    @Select("select coalesce((select email_opt_out from notification_preference where requester_id = #{requesterId}), false)")
    boolean optedOut(String requesterId);

    @Insert("""
            insert into notification_preference (requester_id, email_opt_out) values (#{requesterId}, #{optOut})
            on conflict (requester_id) do update set email_opt_out = excluded.email_opt_out, updated_at = now()""")
    void setOptOut(@Param("requesterId") String requesterId, @Param("optOut") boolean optOut);

    /** Whether a delivery on this channel to this recipient already told of the event (sent, or skipped on purpose). */
    @Select("select exists (select 1 from notification_delivery where ticket_id = #{ticketId} and channel = #{channel}"
            + " and recipient = #{recipient} and #{eventId} = any(event_ids))")
    boolean told(@Param("ticketId") UUID ticketId, @Param("eventId") long eventId, @Param("channel") String channel,
                 @Param("recipient") String recipient);

    /** {@code eventIds} comma-separated. */
    @Insert("""
            insert into notification_delivery (ticket_id, channel, kind, recipient, outcome, detail, event_ids, at)
            values (#{ticketId}, #{channel}, #{kind}, #{recipient}, #{outcome}, #{detail},
                    string_to_array(#{eventIds}, ',')::bigint[], #{at})""")
    void record(@Param("ticketId") UUID ticketId, @Param("channel") String channel, @Param("kind") String kind,
                @Param("recipient") String recipient, @Param("outcome") String outcome, @Param("detail") @Nullable String detail,
                @Param("eventIds") String eventIds, @Param("at") OffsetDateTime at);

    @Select("<script>select id, ticket_id, channel, kind, recipient, outcome, detail, array_to_string(event_ids, ',') as event_ids, at from notification_delivery"
            + " where ticket_id in <foreach collection='ticketIds' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " order by at, id</script>")
    List<StoredDelivery> deliveriesOf(@Param("ticketIds") Collection<UUID> ticketIds);

    /** {@code eventIds} comma-separated, as recorded. */
    record StoredDelivery(UUID id, UUID ticketId, String channel, String kind, String recipient, String outcome, @Nullable String detail,
                          String eventIds, OffsetDateTime at) {
    }
}

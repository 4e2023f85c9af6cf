import { graphql } from '../../../gql';

export const AdminNotificationSettingsFieldsFragment = graphql(`
  fragment AdminNotificationSettingsFields on NotificationSettings {
    emailEnabled
    fromAddress
    fromName
    replyToAddress
    webhookEnabled
    webhookUrl
    webhookSecret { hint createdAt previousValidUntil }
    updatedAt
  }
`);

/**
 * The screen's one query: the settings and a page of parked notifications. "Show more" asks the same document for
 * the next page (the settings come along, a few bytes).
 */
export const AdminNotificationsQuery = graphql(`
  query AdminNotifications($first: Int, $after: String) {
    notificationSettings { ...AdminNotificationSettingsFields }
    parkedNotifications(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          channel
          ticket { id reference subject }
          eventType
          recordedAt
          attempts
          lastError
          lastFailedAt
          resendRequested
        }
      }
    }
  }
`);

export const AdminNotificationsUpdate = graphql(`
  mutation AdminNotificationsUpdate($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) { ...AdminNotificationSettingsFields }
  }
`);

export const AdminNotificationsRotateSecret = graphql(`
  mutation AdminNotificationsRotateSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      settings { ...AdminNotificationSettingsFields }
    }
  }
`);

export const AdminNotificationsResend = graphql(`
  mutation AdminNotificationsResend($ids: [ID!]!) {
    resendParkedNotifications(ids: $ids) { requested notFound }
  }
`);

import { graphql } from '../graphql/generated';

export const AlertFieldsFragment = graphql(`
  fragment AlertFields on Alert {
    id
    domain
    name
    version
    ruleKey
    kind
    severity
    message
    state
    raisedCount
    firstRaisedAt
    lastRaisedAt
    acknowledgedBy
    acknowledgedAt
    acknowledgementNote
    resolvedAt
    resolution
  }
`);

export const AlertsQuery = graphql(`
  query Alerts($status: [AlertState!], $domain: String, $severity: [AlertSeverity!]) {
    alerts(status: $status, domain: $domain, severity: $severity, first: 100) {
      totalCount
      nodes {
        ...AlertFields
      }
    }
  }
`);

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!, $note: String) {
    acknowledgeAlert(id: $id, note: $note) {
      ...AlertFields
    }
  }
`);

export const QualityAlertsSubscription = graphql(`
  subscription QualityAlerts {
    qualityAlerts {
      eventId
      type
      occurredAt
      alertId
      product {
        domain
        name
        version
      }
      kind
      severity
      ruleId
      message
      actor
      note
      resolution
    }
  }
`);

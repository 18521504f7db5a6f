import { graphql } from '../graphql/generated';

export const OverviewQuery = graphql(`
  query Overview {
    domains(first: 50) {
      nodes {
        name
        title
        owningTeam
      }
    }
    products(first: 100) {
      nodes {
        domain
        name
        title
        status
        quality {
          tier
        }
      }
    }
    mesh: search(first: 1, sort: NAME) {
      totalCount
      facets {
        status {
          value
          count
        }
        qualityTier {
          value
          count
        }
      }
    }
    breaches: search(first: 20, sort: NAME, filters: { slaStatus: [BREACHED] }) {
      totalCount
      nodes {
        domain
        name
        title
      }
    }
    alerts(status: [OPEN], first: 100) {
      totalCount
      nodes {
        ...AlertFields
      }
    }
    compliance {
      ...ComplianceSummary
    }
    flows(state: RUNNING, first: 20) {
      totalCount
      nodes {
        domain
        name
        version
        createdAt
        ports {
          name
          state
        }
      }
    }
  }
`);

export const OverviewLifecycleSubscription = graphql(`
  subscription OverviewLifecycle {
    productLifecycle {
      eventId
    }
  }
`);

export const OverviewSlaSubscription = graphql(`
  subscription OverviewSla {
    slaEvents {
      eventId
    }
  }
`);

export const OverviewComplianceSubscription = graphql(`
  subscription OverviewCompliance {
    complianceChanges {
      eventId
    }
  }
`);

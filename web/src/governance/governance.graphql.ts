import { graphql } from '../graphql/generated';

export const GovernanceQuery = graphql(`
  query Governance {
    policies(first: 100) {
      nodes {
        id
        title
        description
        scope
        severity
        target
        expression
        message
        revision
        updatedBy
        updatedAt
        revisions {
          revision
          change
          changedBy
          changedAt
          policy
        }
      }
    }
    compliance {
      ...ComplianceSummary
      domains {
        domain
        products
        passing
        passRate
        openViolations {
          total
          blocking
          warning
        }
      }
    }
    waivers(first: 100, includeInactive: true) {
      nodes {
        id
        product
        policyId
        reason
        expiresAt
        approver
        active
      }
    }
  }
`);

export const DomainViolationsQuery = graphql(`
  query DomainViolations($domain: String!) {
    compliance(domain: $domain) {
      violations
    }
  }
`);

export const GovernanceChangesSubscription = graphql(`
  subscription GovernanceChanges {
    complianceChanges {
      eventId
    }
  }
`);

import { graphql } from '../graphql/generated';

export const ProductQuery = graphql(`
  query Product($domain: String!, $name: String!, $version: String) {
    product(domain: $domain, name: $name) {
      domain
      name
      title
      description
      owner
      tags
      classification
      latestVersion
      status
      address
      versions(first: 50) {
        nodes {
          version
          state
        }
      }
      version(version: $version) {
        version
        state
        address
        proposedAt
        deprecation {
          sunsetAt
          replacement
          reason
        }
        ports {
          name
          type
          description
          physicalName
          provisioned
          iceberg {
            catalogUri
            namespace
            table
            identifier
          }
          kafka {
            topic
            schemaSubject
            schemaRegistryUrl
          }
          snippets {
            label
            language
            code
          }
        }
        contract {
          ...ContractFields
        }
        sla {
          freshness
          freshnessPort
          availability
          status
        }
      }
    }
  }
`);

export const ContractFieldsFragment = graphql(`
  fragment ContractFields on Contract {
    tables {
      name
      description
      fields {
        name
        type
        description
        required
        primaryKey
        unique
        pii
        classification
      }
    }
    rules {
      id
      table
      field
      severity
      dimension
      description
      metric
    }
  }
`);

export const VersionContractQuery = graphql(`
  query VersionContract($domain: String!, $name: String!, $version: String!) {
    product(domain: $domain, name: $name) {
      domain
      name
      version(version: $version) {
        version
        contract {
          ...ContractFields
        }
      }
    }
  }
`);

export const ProductQualityQuery = graphql(`
  query ProductQuality($domain: String!, $name: String!) {
    product(domain: $domain, name: $name) {
      domain
      name
      quality {
        version
        score
        tier
        latest {
          id
          runId
          ruleId
          port
          snapshotId
          severity
          dimension
          observed
          threshold
          outcome
          message
          checkedAt
        }
        results(first: 100) {
          nodes {
            id
            runId
            ruleId
            outcome
            observed
            checkedAt
          }
        }
        openAlerts {
          ...AlertFields
        }
      }
    }
  }
`);

export const ProductLineageQuery = graphql(`
  query ProductLineage($domain: String!, $name: String!, $depth: Int!) {
    product(domain: $domain, name: $name) {
      domain
      name
      downstream: lineage(direction: DOWNSTREAM, depth: $depth, first: 30) {
        nodes {
          ...NeighbourFields
          product {
            domain
            name
            lineage(direction: DOWNSTREAM, depth: 1, first: 10) {
              nodes {
                domain
                name
              }
            }
          }
        }
      }
      upstream: lineage(direction: UPSTREAM, depth: $depth, first: 30) {
        nodes {
          ...NeighbourFields
          product {
            domain
            name
            lineage(direction: UPSTREAM, depth: 1, first: 10) {
              nodes {
                domain
                name
              }
            }
          }
        }
      }
      impact {
        affected {
          domain
          name
          depth
          ownerTeam
          state
        }
        detected
      }
    }
  }
`);

export const NeighbourFieldsFragment = graphql(`
  fragment NeighbourFields on ProductNeighbour {
    domain
    name
    state
    latestVersion
    ownerTeam
    depth
  }
`);

export const ProductAccessQuery = graphql(`
  query ProductAccess($domain: String!, $name: String!) {
    me {
      isAdmin
      domains
      principal {
        id
        name
      }
    }
    product(domain: $domain, name: $name) {
      domain
      name
      access {
        status
        visibility
        approval
        request {
          ...AccessRequestFields
        }
      }
      accessRequests(first: 50) {
        nodes {
          ...AccessRequestFields
        }
      }
    }
  }
`);

export const AccessRequestFieldsFragment = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    principal
    requestedBy
    purpose
    until
    state
    decidedBy
    decidedAt
    reason
    createdAt
  }
`);

export const RequestAccessMutation = graphql(`
  mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {
    requestAccess(domain: $domain, name: $name, input: $input) {
      ...AccessRequestFields
    }
  }
`);

export const ApproveAccessMutation = graphql(`
  mutation ApproveAccess($id: ID!) {
    approveAccess(id: $id) {
      ...AccessRequestFields
    }
  }
`);

export const DenyAccessMutation = graphql(`
  mutation DenyAccess($id: ID!, $reason: String) {
    denyAccess(id: $id, reason: $reason) {
      ...AccessRequestFields
    }
  }
`);

export const AccessEventsSubscription = graphql(`
  subscription AccessEvents($domain: String) {
    accessRequests(domain: $domain) {
      eventId
      type
      name
      requestId
    }
  }
`);

export const ProductGovernanceQuery = graphql(`
  query ProductGovernance($domain: String!, $name: String!, $version: String) {
    product(domain: $domain, name: $name) {
      domain
      name
      version(version: $version) {
        version
        state
        violations {
          policyId
          policyVersion
          severity
          message
        }
        decisions {
          decisionId
          trigger
          outcome
          evaluatedAt
          waived
          evaluations {
            policyId
            policyVersion
            severity
            outcome
            message
          }
        }
      }
    }
  }
`);

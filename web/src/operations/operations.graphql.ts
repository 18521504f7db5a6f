import { graphql } from '../graphql/generated';

export const FlowsQuery = graphql(`
  query Flows {
    flows(first: 50) {
      nodes {
        kind
        domain
        name
        version
        state
        jobId
        createdAt
        updatedAt
        completedAt
        ports {
          name
          type
          state
          outcome
          attempts
          lastError
        }
      }
    }
  }
`);

export const RetryFlowMutation = graphql(`
  mutation RetryFlow($domain: String!, $name: String!, $version: String!) {
    retryFlow(domain: $domain, name: $name, version: $version) {
      domain
      name
      version
      state
    }
  }
`);

export const ProvisioningProgressSubscription = graphql(`
  subscription ProvisioningProgress($domain: String!, $name: String!, $version: String) {
    provisioningProgress(domain: $domain, name: $name, version: $version) {
      eventId
      type
      port
    }
  }
`);

export const FlowLifecycleSubscription = graphql(`
  subscription FlowLifecycle {
    productLifecycle {
      eventId
    }
  }
`);

export const MeshStatusQuery = graphql(`
  query MeshStatus {
    meshStatus {
      services {
        name
        outboxUnsentRows
        outboxLagSeconds
        deadLetters
      }
      consumers {
        group
        topic
        lag
      }
    }
  }
`);

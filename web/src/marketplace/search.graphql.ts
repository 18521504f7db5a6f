import { graphql } from '../graphql/generated';

export const SearchQuery = graphql(`
  query Search(
    $q: String
    $filters: SearchFilters
    $field: String
    $withFields: Boolean!
    $sort: SearchSort
    $after: String
  ) {
    search(q: $q, filters: $filters, field: $field, sort: $sort, first: 20, after: $after) {
      totalCount
      totalExact
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        domain
        name
        title
        description
        owner
        tags
        classification
        status
        latestVersion
        qualityTier
        slaStatus
        openAlerts
        # The gateway fails the whole hit when matchedFields is asked for without a field.
        matchedFields @include(if: $withFields)
        highlights {
          field
          fragments
        }
      }
      facets {
        domain {
          value
          count
        }
        tag {
          value
          count
        }
        classification {
          value
          count
        }
        status {
          value
          count
        }
        portType {
          value
          count
        }
        qualityTier {
          value
          count
        }
        slaStatus {
          value
          count
        }
      }
    }
  }
`);

export const SuggestQuery = graphql(`
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix, first: 8) {
      text
      domain
      name
      title
    }
  }
`);

import { graphql } from '../graphql/generated';

/** The mesh-wide compliance figures the overview and the governance page both show. */
export const ComplianceSummaryFragment = graphql(`
  fragment ComplianceSummary on Compliance {
    products
    passing
    passRate
    openViolations {
      total
      blocking
      warning
    }
    trend {
      day
      passRate
      openViolations
    }
  }
`);

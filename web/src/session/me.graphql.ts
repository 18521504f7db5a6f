import { graphql } from '../graphql/generated';

export const MeQuery = graphql(`
  query Me {
    me {
      isAdmin
      domains
      tokenExpiresAt
      principal {
        id
        name
        kind
        roles {
          role
          domain
        }
      }
    }
  }
`);

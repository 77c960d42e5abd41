import { graphql } from '../../../gql';

export const HomeOverviewDocument = graphql(`
  query HomeOverview {
    me {
      id
      name
      role
      orgUnit {
        id
        name
      }
    }
    orgUnits {
      id
      name
      kind
      parent {
        id
      }
    }
  }
`);

import { graphql } from '../../../gql';

export const FlaggedRowFragmentDoc = graphql(`
  fragment FlaggedRow on Project {
    id
    code
    name
    stage
    version
    contractedInvestment
    arrivedInvestment
    arrivedVerified
    signedOn
    orgUnit {
      id
      name
    }
    chain {
      id
      name
    }
    leader {
      id
      name
    }
    owner {
      id
      name
    }
    flags {
      kind
      level
      reason
      since
    }
  }
`);

export const FlaggedListDocument = graphql(`
  query FlaggedList($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {
    flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...FlaggedRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FlagCountsDocument = graphql(`
  query FlagCounts($filter: ProjectFilter) {
    flagCounts(filter: $filter) {
      kind
      red
      yellow
    }
  }
`);

export const InspectionOptionsDocument = graphql(`
  query InspectionOptions {
    me {
      id
      role
    }
    orgUnits {
      id
      name
      kind
      parent {
        id
      }
    }
    chains {
      id
      name
    }
    leaders: users(role: LEADER) {
      id
      name
    }
  }
`);

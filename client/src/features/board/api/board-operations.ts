import { graphql } from '../../../gql';

/** Everything a card shows, plus the facts a forward move may rely on (decideMove reads them). */
export const BoardCardFragmentDoc = graphql(`
  fragment BoardCard on Project {
    id
    code
    name
    stage
    status
    version
    daysInStage
    plannedInvestment
    contractedInvestment
    arrivedInvestment
    arrivedVerified
    signedOn
    contractNo
    plannedStartOn
    plannedOperatingOn
    landedOn
    companyCreditCode
    landArea
    leasedFloorArea
    startedOn
    permitNo
    operatingOn
    investor {
      id
      name
    }
    owner {
      id
      name
    }
    leader {
      id
      name
    }
    team {
      id
    }
    openBlockerCount
    flags {
      kind
      level
      reason
      since
    }
  }
`);

// The server pages each column by (position, id): the board's first page, then one column at a time.
export const BoardPageDocument = graphql(`
  query BoardPage($filter: ProjectFilter, $first: Int, $after: String) {
    board(filter: $filter) {
      columns {
        stage
        totalCount
        totalContracted
        totalPlanned
        projects(first: $first, after: $after) {
          edges {
            cursor
            node {
              ...BoardCard
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

export const BoardColumnPageDocument = graphql(`
  query BoardColumnPage($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {
    boardColumn(stage: $stage, filter: $filter) {
      stage
      projects(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...BoardCard
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const BoardTotalsDocument = graphql(`
  query BoardTotals($filter: ProjectFilter) {
    board(filter: $filter) {
      columns {
        stage
        totalCount
        totalContracted
        totalPlanned
      }
    }
  }
`);

export const BoardProjectDocument = graphql(`
  query BoardProject($id: ID!) {
    project(id: $id) {
      ...BoardCard
    }
  }
`);

export const BoardViewerDocument = graphql(`
  query BoardViewer {
    me {
      id
      role
      orgUnit {
        id
      }
    }
  }
`);

export const BoardFilterOptionsDocument = graphql(`
  query BoardFilterOptions {
    orgUnits {
      id
      name
      kind
      active
      parent {
        id
      }
    }
    chains {
      id
      name
      active
    }
    leaders: users(role: LEADER) {
      id
      name
    }
    staff: users(role: STAFF) {
      id
      name
    }
  }
`);

export const MoveProjectDocument = graphql(`
  mutation MoveProject(
    $id: ID!
    $version: Int!
    $toStage: Stage!
    $evidence: StageEvidenceInput
    $reason: String
    $afterId: ID
  ) {
    moveProject(
      id: $id
      version: $version
      toStage: $toStage
      evidence: $evidence
      reason: $reason
      afterId: $afterId
    ) {
      ...BoardCard
    }
  }
`);

export const ReorderProjectDocument = graphql(`
  mutation ReorderProject($id: ID!, $afterId: ID) {
    reorderProject(id: $id, afterId: $afterId) {
      id
      version
    }
  }
`);

export const CreateProjectDocument = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...BoardCard
    }
  }
`);

/** Live projects that may be the same investment: warned about before creating or signing. */
export const DuplicateCandidatesDocument = graphql(`
  query DuplicateCandidates(
    $projectId: ID
    $investorName: String
    $investorCreditCode: String
    $projectName: String
  ) {
    duplicateCandidates(
      projectId: $projectId
      investorName: $investorName
      investorCreditCode: $investorCreditCode
      projectName: $projectName
    ) {
      code
      name
      investorName
      orgUnitName
      stage
      signedOn
      matchedBy
    }
  }
`);

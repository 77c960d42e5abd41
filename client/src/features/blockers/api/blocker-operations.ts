import { graphql } from '../../../gql';

/** What a blocker row shows, and what its project's card shows (count, flags) after a change. */
export const BlockerRowFragmentDoc = graphql(`
  fragment BlockerRow on Blocker {
    id
    version
    category
    description
    status
    raisedOn
    dueOn
    overdue
    overdueDays
    ageDays
    resolutionNote
    resolvedOn
    escalationNote
    escalatedAt
    reopenReason
    department {
      id
      name
      contactPerson
      phone
    }
    raisedBy {
      id
      name
    }
    resolvedBy {
      id
      name
    }
    escalatedTo {
      id
      name
    }
    project {
      id
      openBlockerCount
      flags {
        kind
        level
        reason
        since
      }
    }
  }
`);

export const ProjectBlockersDocument = graphql(`
  query ProjectBlockers($id: ID!) {
    me {
      id
      role
    }
    project(id: $id) {
      id
      status
      owner {
        id
      }
      leader {
        id
        name
      }
      team {
        id
      }
      escalationLeaders {
        id
        name
      }
      openBlockerCount
      blockers {
        ...BlockerRow
      }
    }
    departments {
      id
      name
      contactPerson
    }
  }
`);

export const RaiseBlockerDocument = graphql(`
  mutation RaiseBlocker($input: RaiseBlockerInput!) {
    raiseBlocker(input: $input) {
      ...BlockerRow
    }
  }
`);

export const ResolveBlockerDocument = graphql(`
  mutation ResolveBlocker($id: ID!, $version: Int!, $note: String!) {
    resolveBlocker(id: $id, version: $version, note: $note) {
      ...BlockerRow
    }
  }
`);

export const EscalateBlockerDocument = graphql(`
  mutation EscalateBlocker($id: ID!, $version: Int!, $leaderId: ID!, $note: String!) {
    escalateBlocker(id: $id, version: $version, leaderId: $leaderId, note: $note) {
      ...BlockerRow
    }
  }
`);

export const ReopenBlockerDocument = graphql(`
  mutation ReopenBlocker($id: ID!, $version: Int!, $reason: String!) {
    reopenBlocker(id: $id, version: $version, reason: $reason) {
      ...BlockerRow
    }
  }
`);

/** Every open blocker in scope for the 调度 sheet, earliest due (most overdue) first. */
export const DispatchBlockersDocument = graphql(`
  query DispatchBlockers($first: Int, $after: String, $orgUnitId: ID) {
    blockers(filter: { open: true, orgUnitId: $orgUnitId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          category
          description
          status
          raisedOn
          dueOn
          overdue
          overdueDays
          ageDays
          department {
            id
            name
            contactPerson
            phone
          }
          responsibleLeader {
            id
            name
          }
          project {
            id
            code
            name
            orgUnit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const DispatchSummaryDocument = graphql(`
  query DispatchSummary($from: Date!, $to: Date!, $orgUnitId: ID) {
    dispatchSummary(from: $from, to: $to, orgUnitId: $orgUnitId) {
      from
      to
      rows {
        key
        label
        raised
        resolved
        resolutionRate
        stillOpen
        overdue
      }
      total {
        key
        label
        raised
        resolved
        resolutionRate
        stillOpen
        overdue
      }
    }
  }
`);

export const DepartmentsAdminDocument = graphql(`
  query DepartmentsAdmin {
    departments(includeInactive: true) {
      id
      name
      contactPerson
      phone
      active
      version
    }
  }
`);

export const CreateDepartmentDocument = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
      contactPerson
      phone
      active
      version
    }
  }
`);

export const UpdateDepartmentDocument = graphql(`
  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {
    updateDepartment(id: $id, version: $version, input: $input) {
      id
      name
      contactPerson
      phone
      active
      version
    }
  }
`);

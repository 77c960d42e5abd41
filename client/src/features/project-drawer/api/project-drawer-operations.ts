import { graphql } from '../../../gql';

/** Every field of a project and its whole history, for the drawer. */
export const ProjectDetailFragmentDoc = graphql(`
  fragment ProjectDetail on Project {
    id
    code
    name
    version
    stage
    status
    sourceMethod
    chainRole
    plannedInvestment
    contractedInvestment
    arrivedInvestment
    arrivedVerified
    landArea
    leasedFloorArea
    contractNo
    companyCreditCode
    permitNo
    signedOn
    landedOn
    startedOn
    operatingOn
    plannedStartOn
    plannedOperatingOn
    stageEnteredOn
    daysInStage
    terminatedOn
    terminationReason
    updatedAt
    investor {
      id
      name
      creditCode
      tags
    }
    orgUnit {
      id
      name
    }
    chain {
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
      name
    }
    flags {
      kind
      level
      reason
      since
    }
    capitalArrivals {
      id
      amount
      arrivedOn
      voucherNo
      verified
      verifiedAt
      rejected
      rejectionReason
      rejectedAt
      recordedAt
      recordedBy {
        id
        name
      }
    }
    activities {
      id
      kind
      summary
      happenedOn
      by {
        id
        name
      }
    }
    transitions {
      id
      fromStage
      toStage
      at
      note
      by {
        id
        name
      }
    }
    auditEvents {
      id
      at
      action
      entity
      entityId
      changes
      actor {
        id
        name
      }
    }
  }
`);

export const ProjectDrawerDocument = graphql(`
  query ProjectDrawer($id: ID!) {
    me {
      id
      role
    }
    project(id: $id) {
      ...ProjectDetail
    }
  }
`);

/** The people a project can be given to, and the names behind ids in the audit log. */
export const ProjectPeopleDocument = graphql(`
  query ProjectPeople {
    leaders: users(role: LEADER) {
      id
      name
    }
    staff: users(role: STAFF) {
      id
      name
    }
    chains {
      id
      name
    }
    orgUnits {
      id
      name
    }
    departments(includeInactive: true) {
      id
      name
    }
  }
`);

export const UpdateProjectDocument = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      ...ProjectDetail
    }
  }
`);

export const TerminateProjectDocument = graphql(`
  mutation TerminateProject($id: ID!, $version: Int!, $reason: String!) {
    terminateProject(id: $id, version: $version, reason: $reason) {
      ...ProjectDetail
    }
  }
`);

export const RecordCapitalArrivalDocument = graphql(`
  mutation RecordCapitalArrival($projectId: ID!, $input: CapitalArrivalInput!) {
    recordCapitalArrival(projectId: $projectId, input: $input) {
      id
      amount
      arrivedOn
      voucherNo
      verified
    }
  }
`);

export const VerifyCapitalArrivalDocument = graphql(`
  mutation VerifyCapitalArrival($id: ID!) {
    verifyCapitalArrival(id: $id) {
      id
      verified
      verifiedAt
    }
  }
`);

export const RejectCapitalArrivalDocument = graphql(`
  mutation RejectCapitalArrival($id: ID!, $reason: String!) {
    rejectCapitalArrival(id: $id, reason: $reason) {
      id
      verified
      rejected
      rejectionReason
      rejectedAt
    }
  }
`);

export const AddActivityDocument = graphql(`
  mutation AddActivity($projectId: ID!, $input: ActivityInput!) {
    addActivity(projectId: $projectId, input: $input) {
      id
      kind
      summary
      happenedOn
    }
  }
`);

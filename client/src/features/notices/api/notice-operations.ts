import { graphql } from '../../../gql';

export const NoticeFieldsFragmentDoc = graphql(`
  fragment NoticeFields on Supervision {
    id
    status
    demand
    dueOn
    version
    reply
    repliedAt
    returnReason
    returnCount
    closingNote
    closedAt
    issuedAt
    daysOverdue
    project {
      id
      code
      name
      orgUnit {
        id
        name
      }
    }
    issuedBy {
      id
      name
    }
    repliedBy {
      id
      name
    }
    answerer {
      id
      name
    }
  }
`);

export const NoticesDocument = graphql(`
  query Notices(
    $status: SupervisionStatus
    $projectId: ID
    $mine: Boolean
    $awaitingReply: Boolean
  ) {
    me {
      id
      role
    }
    supervisions(
      status: $status
      projectId: $projectId
      mine: $mine
      awaitingReply: $awaitingReply
    ) {
      ...NoticeFields
    }
  }
`);

export const IssueNoticeDocument = graphql(`
  mutation IssueNotice($projectId: ID!, $input: IssueSupervisionInput!) {
    issueSupervision(projectId: $projectId, input: $input) {
      ...NoticeFields
    }
  }
`);

export const ReplyNoticeDocument = graphql(`
  mutation ReplyNotice($id: ID!, $version: Int!, $reply: String!) {
    replySupervision(id: $id, version: $version, reply: $reply) {
      ...NoticeFields
    }
  }
`);

export const CloseNoticeDocument = graphql(`
  mutation CloseNotice($id: ID!, $version: Int!, $note: String) {
    closeSupervision(id: $id, version: $version, note: $note) {
      ...NoticeFields
    }
  }
`);

export const ReturnNoticeDocument = graphql(`
  mutation ReturnNotice($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) {
    returnSupervision(id: $id, version: $version, input: $input) {
      ...NoticeFields
    }
  }
`);

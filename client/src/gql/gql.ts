/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n        name\n        role\n        orgUnit {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      orgUnit {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment BoardCard on Project {\n    id\n    code\n    name\n    stage\n    status\n    version\n    daysInStage\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    contractNo\n    plannedStartOn\n    plannedOperatingOn\n    landedOn\n    companyCreditCode\n    landArea\n    leasedFloorArea\n    startedOn\n    permitNo\n    operatingOn\n    investor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n": typeof types.BoardCardFragmentDoc,
    "\n  query BoardPage($filter: ProjectFilter, $first: Int, $after: String) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n        projects(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...BoardCard\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardPageDocument,
    "\n  query BoardColumnPage($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {\n    boardColumn(stage: $stage, filter: $filter) {\n      stage\n      projects(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...BoardCard\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.BoardColumnPageDocument,
    "\n  query BoardTotals($filter: ProjectFilter) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n      }\n    }\n  }\n": typeof types.BoardTotalsDocument,
    "\n  query BoardProject($id: ID!) {\n    project(id: $id) {\n      ...BoardCard\n    }\n  }\n": typeof types.BoardProjectDocument,
    "\n  query BoardViewer {\n    me {\n      id\n      role\n      orgUnit {\n        id\n      }\n    }\n  }\n": typeof types.BoardViewerDocument,
    "\n  query BoardFilterOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n  }\n": typeof types.BoardFilterOptionsDocument,
    "\n  mutation MoveProject(\n    $id: ID!\n    $version: Int!\n    $toStage: Stage!\n    $evidence: StageEvidenceInput\n    $reason: String\n    $afterId: ID\n  ) {\n    moveProject(\n      id: $id\n      version: $version\n      toStage: $toStage\n      evidence: $evidence\n      reason: $reason\n      afterId: $afterId\n    ) {\n      ...BoardCard\n    }\n  }\n": typeof types.MoveProjectDocument,
    "\n  mutation ReorderProject($id: ID!, $afterId: ID) {\n    reorderProject(id: $id, afterId: $afterId) {\n      id\n      version\n    }\n  }\n": typeof types.ReorderProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...BoardCard\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  fragment ThresholdFields on FlagThresholds {\n    fakeProjectDays\n    stalledDays {\n      SIGNED\n      LANDED\n      STARTED\n    }\n    stalledYellowFraction\n    idleLandDays\n    lowCapitalDays\n    lowCapitalRatioAfterSigning\n    lowCapitalRatioAfterStart\n    noFollowUpYellowDays\n    noFollowUpRedDays\n    minInvestmentPerMu\n  }\n": typeof types.ThresholdFieldsFragmentDoc,
    "\n  query FlagThresholds {\n    flagThresholds {\n      ...ThresholdFields\n    }\n  }\n": typeof types.FlagThresholdsDocument,
    "\n  mutation UpdateFlagThresholds($input: FlagThresholdsInput!) {\n    updateFlagThresholds(input: $input) {\n      ...ThresholdFields\n    }\n  }\n": typeof types.UpdateFlagThresholdsDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  fragment FlaggedRow on Project {\n    id\n    code\n    name\n    stage\n    version\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n": typeof types.FlaggedRowFragmentDoc,
    "\n  query FlaggedList($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {\n    flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FlaggedRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FlaggedListDocument,
    "\n  query FlagCounts($filter: ProjectFilter) {\n    flagCounts(filter: $filter) {\n      kind\n      red\n      yellow\n    }\n  }\n": typeof types.FlagCountsDocument,
    "\n  query InspectionOptions {\n    me {\n      id\n      role\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n  }\n": typeof types.InspectionOptionsDocument,
    "\n  fragment NoticeFields on Supervision {\n    id\n    status\n    demand\n    dueOn\n    version\n    reply\n    repliedAt\n    returnReason\n    returnCount\n    closingNote\n    closedAt\n    issuedAt\n    daysOverdue\n    project {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n    issuedBy {\n      id\n      name\n    }\n    repliedBy {\n      id\n      name\n    }\n    answerer {\n      id\n      name\n    }\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  query Notices(\n    $status: SupervisionStatus\n    $projectId: ID\n    $mine: Boolean\n    $awaitingReply: Boolean\n  ) {\n    me {\n      id\n      role\n    }\n    supervisions(\n      status: $status\n      projectId: $projectId\n      mine: $mine\n      awaitingReply: $awaitingReply\n    ) {\n      ...NoticeFields\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation IssueNotice($projectId: ID!, $input: IssueSupervisionInput!) {\n    issueSupervision(projectId: $projectId, input: $input) {\n      ...NoticeFields\n    }\n  }\n": typeof types.IssueNoticeDocument,
    "\n  mutation ReplyNotice($id: ID!, $version: Int!, $reply: String!) {\n    replySupervision(id: $id, version: $version, reply: $reply) {\n      ...NoticeFields\n    }\n  }\n": typeof types.ReplyNoticeDocument,
    "\n  mutation CloseNotice($id: ID!, $version: Int!, $note: String) {\n    closeSupervision(id: $id, version: $version, note: $note) {\n      ...NoticeFields\n    }\n  }\n": typeof types.CloseNoticeDocument,
    "\n  mutation ReturnNotice($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) {\n    returnSupervision(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n": typeof types.ReturnNoticeDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    version\n    stage\n    status\n    sourceMethod\n    chainRole\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    landArea\n    leasedFloorArea\n    contractNo\n    companyCreditCode\n    permitNo\n    signedOn\n    landedOn\n    startedOn\n    operatingOn\n    plannedStartOn\n    plannedOperatingOn\n    stageEnteredOn\n    daysInStage\n    terminatedOn\n    terminationReason\n    updatedAt\n    investor {\n      id\n      name\n      creditCode\n      tags\n    }\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n    capitalArrivals {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n      verifiedAt\n      rejected\n      rejectionReason\n      rejectedAt\n      recordedAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    activities {\n      id\n      kind\n      summary\n      happenedOn\n      by {\n        id\n        name\n      }\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n    auditEvents {\n      id\n      at\n      action\n      entity\n      entityId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query ProjectDrawer($id: ID!) {\n    me {\n      id\n      role\n    }\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ProjectDrawerDocument,
    "\n  query ProjectPeople {\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n    chains {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.ProjectPeopleDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation TerminateProject($id: ID!, $version: Int!, $reason: String!) {\n    terminateProject(id: $id, version: $version, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.TerminateProjectDocument,
    "\n  mutation RecordCapitalArrival($projectId: ID!, $input: CapitalArrivalInput!) {\n    recordCapitalArrival(projectId: $projectId, input: $input) {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n    }\n  }\n": typeof types.RecordCapitalArrivalDocument,
    "\n  mutation VerifyCapitalArrival($id: ID!) {\n    verifyCapitalArrival(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": typeof types.VerifyCapitalArrivalDocument,
    "\n  mutation RejectCapitalArrival($id: ID!, $reason: String!) {\n    rejectCapitalArrival(id: $id, reason: $reason) {\n      id\n      verified\n      rejected\n      rejectionReason\n      rejectedAt\n    }\n  }\n": typeof types.RejectCapitalArrivalDocument,
    "\n  mutation AddActivity($projectId: ID!, $input: ActivityInput!) {\n    addActivity(projectId: $projectId, input: $input) {\n      id\n      kind\n      summary\n      happenedOn\n    }\n  }\n": typeof types.AddActivityDocument,
    "\n  query UsersPage($role: Role, $includeInactive: Boolean) {\n    me {\n      id\n    }\n    users(role: $role, includeInactive: $includeInactive) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query UserOrgUnitOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.UserOrgUnitOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n        name\n        role\n        orgUnit {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      orgUnit {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment BoardCard on Project {\n    id\n    code\n    name\n    stage\n    status\n    version\n    daysInStage\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    contractNo\n    plannedStartOn\n    plannedOperatingOn\n    landedOn\n    companyCreditCode\n    landArea\n    leasedFloorArea\n    startedOn\n    permitNo\n    operatingOn\n    investor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n": types.BoardCardFragmentDoc,
    "\n  query BoardPage($filter: ProjectFilter, $first: Int, $after: String) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n        projects(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...BoardCard\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.BoardPageDocument,
    "\n  query BoardColumnPage($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {\n    boardColumn(stage: $stage, filter: $filter) {\n      stage\n      projects(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...BoardCard\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.BoardColumnPageDocument,
    "\n  query BoardTotals($filter: ProjectFilter) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n      }\n    }\n  }\n": types.BoardTotalsDocument,
    "\n  query BoardProject($id: ID!) {\n    project(id: $id) {\n      ...BoardCard\n    }\n  }\n": types.BoardProjectDocument,
    "\n  query BoardViewer {\n    me {\n      id\n      role\n      orgUnit {\n        id\n      }\n    }\n  }\n": types.BoardViewerDocument,
    "\n  query BoardFilterOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n  }\n": types.BoardFilterOptionsDocument,
    "\n  mutation MoveProject(\n    $id: ID!\n    $version: Int!\n    $toStage: Stage!\n    $evidence: StageEvidenceInput\n    $reason: String\n    $afterId: ID\n  ) {\n    moveProject(\n      id: $id\n      version: $version\n      toStage: $toStage\n      evidence: $evidence\n      reason: $reason\n      afterId: $afterId\n    ) {\n      ...BoardCard\n    }\n  }\n": types.MoveProjectDocument,
    "\n  mutation ReorderProject($id: ID!, $afterId: ID) {\n    reorderProject(id: $id, afterId: $afterId) {\n      id\n      version\n    }\n  }\n": types.ReorderProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...BoardCard\n    }\n  }\n": types.CreateProjectDocument,
    "\n  fragment ThresholdFields on FlagThresholds {\n    fakeProjectDays\n    stalledDays {\n      SIGNED\n      LANDED\n      STARTED\n    }\n    stalledYellowFraction\n    idleLandDays\n    lowCapitalDays\n    lowCapitalRatioAfterSigning\n    lowCapitalRatioAfterStart\n    noFollowUpYellowDays\n    noFollowUpRedDays\n    minInvestmentPerMu\n  }\n": types.ThresholdFieldsFragmentDoc,
    "\n  query FlagThresholds {\n    flagThresholds {\n      ...ThresholdFields\n    }\n  }\n": types.FlagThresholdsDocument,
    "\n  mutation UpdateFlagThresholds($input: FlagThresholdsInput!) {\n    updateFlagThresholds(input: $input) {\n      ...ThresholdFields\n    }\n  }\n": types.UpdateFlagThresholdsDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  fragment FlaggedRow on Project {\n    id\n    code\n    name\n    stage\n    version\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n": types.FlaggedRowFragmentDoc,
    "\n  query FlaggedList($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {\n    flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FlaggedRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FlaggedListDocument,
    "\n  query FlagCounts($filter: ProjectFilter) {\n    flagCounts(filter: $filter) {\n      kind\n      red\n      yellow\n    }\n  }\n": types.FlagCountsDocument,
    "\n  query InspectionOptions {\n    me {\n      id\n      role\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n  }\n": types.InspectionOptionsDocument,
    "\n  fragment NoticeFields on Supervision {\n    id\n    status\n    demand\n    dueOn\n    version\n    reply\n    repliedAt\n    returnReason\n    returnCount\n    closingNote\n    closedAt\n    issuedAt\n    daysOverdue\n    project {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n    issuedBy {\n      id\n      name\n    }\n    repliedBy {\n      id\n      name\n    }\n    answerer {\n      id\n      name\n    }\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  query Notices(\n    $status: SupervisionStatus\n    $projectId: ID\n    $mine: Boolean\n    $awaitingReply: Boolean\n  ) {\n    me {\n      id\n      role\n    }\n    supervisions(\n      status: $status\n      projectId: $projectId\n      mine: $mine\n      awaitingReply: $awaitingReply\n    ) {\n      ...NoticeFields\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation IssueNotice($projectId: ID!, $input: IssueSupervisionInput!) {\n    issueSupervision(projectId: $projectId, input: $input) {\n      ...NoticeFields\n    }\n  }\n": types.IssueNoticeDocument,
    "\n  mutation ReplyNotice($id: ID!, $version: Int!, $reply: String!) {\n    replySupervision(id: $id, version: $version, reply: $reply) {\n      ...NoticeFields\n    }\n  }\n": types.ReplyNoticeDocument,
    "\n  mutation CloseNotice($id: ID!, $version: Int!, $note: String) {\n    closeSupervision(id: $id, version: $version, note: $note) {\n      ...NoticeFields\n    }\n  }\n": types.CloseNoticeDocument,
    "\n  mutation ReturnNotice($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) {\n    returnSupervision(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n": types.ReturnNoticeDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    version\n    stage\n    status\n    sourceMethod\n    chainRole\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    landArea\n    leasedFloorArea\n    contractNo\n    companyCreditCode\n    permitNo\n    signedOn\n    landedOn\n    startedOn\n    operatingOn\n    plannedStartOn\n    plannedOperatingOn\n    stageEnteredOn\n    daysInStage\n    terminatedOn\n    terminationReason\n    updatedAt\n    investor {\n      id\n      name\n      creditCode\n      tags\n    }\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n    capitalArrivals {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n      verifiedAt\n      rejected\n      rejectionReason\n      rejectedAt\n      recordedAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    activities {\n      id\n      kind\n      summary\n      happenedOn\n      by {\n        id\n        name\n      }\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n    auditEvents {\n      id\n      at\n      action\n      entity\n      entityId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query ProjectDrawer($id: ID!) {\n    me {\n      id\n      role\n    }\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ProjectDrawerDocument,
    "\n  query ProjectPeople {\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n    chains {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.ProjectPeopleDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation TerminateProject($id: ID!, $version: Int!, $reason: String!) {\n    terminateProject(id: $id, version: $version, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": types.TerminateProjectDocument,
    "\n  mutation RecordCapitalArrival($projectId: ID!, $input: CapitalArrivalInput!) {\n    recordCapitalArrival(projectId: $projectId, input: $input) {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n    }\n  }\n": types.RecordCapitalArrivalDocument,
    "\n  mutation VerifyCapitalArrival($id: ID!) {\n    verifyCapitalArrival(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": types.VerifyCapitalArrivalDocument,
    "\n  mutation RejectCapitalArrival($id: ID!, $reason: String!) {\n    rejectCapitalArrival(id: $id, reason: $reason) {\n      id\n      verified\n      rejected\n      rejectionReason\n      rejectedAt\n    }\n  }\n": types.RejectCapitalArrivalDocument,
    "\n  mutation AddActivity($projectId: ID!, $input: ActivityInput!) {\n    addActivity(projectId: $projectId, input: $input) {\n      id\n      kind\n      summary\n      happenedOn\n    }\n  }\n": types.AddActivityDocument,
    "\n  query UsersPage($role: Role, $includeInactive: Boolean) {\n    me {\n      id\n    }\n    users(role: $role, includeInactive: $includeInactive) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.UsersPageDocument,
    "\n  query UserOrgUnitOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n": types.UserOrgUnitOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n        name\n        role\n        orgUnit {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        id\n        username\n        name\n        role\n        orgUnit {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      orgUnit {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      orgUnit {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCard on Project {\n    id\n    code\n    name\n    stage\n    status\n    version\n    daysInStage\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    contractNo\n    plannedStartOn\n    plannedOperatingOn\n    landedOn\n    companyCreditCode\n    landArea\n    leasedFloorArea\n    startedOn\n    permitNo\n    operatingOn\n    investor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCard on Project {\n    id\n    code\n    name\n    stage\n    status\n    version\n    daysInStage\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    contractNo\n    plannedStartOn\n    plannedOperatingOn\n    landedOn\n    companyCreditCode\n    landArea\n    leasedFloorArea\n    startedOn\n    permitNo\n    operatingOn\n    investor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPage($filter: ProjectFilter, $first: Int, $after: String) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n        projects(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...BoardCard\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardPage($filter: ProjectFilter, $first: Int, $after: String) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n        projects(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...BoardCard\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnPage($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {\n    boardColumn(stage: $stage, filter: $filter) {\n      stage\n      projects(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...BoardCard\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnPage($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {\n    boardColumn(stage: $stage, filter: $filter) {\n      stage\n      projects(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...BoardCard\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTotals($filter: ProjectFilter) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardTotals($filter: ProjectFilter) {\n    board(filter: $filter) {\n      columns {\n        stage\n        totalCount\n        totalContracted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardProject($id: ID!) {\n    project(id: $id) {\n      ...BoardCard\n    }\n  }\n"): (typeof documents)["\n  query BoardProject($id: ID!) {\n    project(id: $id) {\n      ...BoardCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardViewer {\n    me {\n      id\n      role\n      orgUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardViewer {\n    me {\n      id\n      role\n      orgUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardFilterOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BoardFilterOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProject(\n    $id: ID!\n    $version: Int!\n    $toStage: Stage!\n    $evidence: StageEvidenceInput\n    $reason: String\n    $afterId: ID\n  ) {\n    moveProject(\n      id: $id\n      version: $version\n      toStage: $toStage\n      evidence: $evidence\n      reason: $reason\n      afterId: $afterId\n    ) {\n      ...BoardCard\n    }\n  }\n"): (typeof documents)["\n  mutation MoveProject(\n    $id: ID!\n    $version: Int!\n    $toStage: Stage!\n    $evidence: StageEvidenceInput\n    $reason: String\n    $afterId: ID\n  ) {\n    moveProject(\n      id: $id\n      version: $version\n      toStage: $toStage\n      evidence: $evidence\n      reason: $reason\n      afterId: $afterId\n    ) {\n      ...BoardCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderProject($id: ID!, $afterId: ID) {\n    reorderProject(id: $id, afterId: $afterId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderProject($id: ID!, $afterId: ID) {\n    reorderProject(id: $id, afterId: $afterId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...BoardCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...BoardCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThresholdFields on FlagThresholds {\n    fakeProjectDays\n    stalledDays {\n      SIGNED\n      LANDED\n      STARTED\n    }\n    stalledYellowFraction\n    idleLandDays\n    lowCapitalDays\n    lowCapitalRatioAfterSigning\n    lowCapitalRatioAfterStart\n    noFollowUpYellowDays\n    noFollowUpRedDays\n    minInvestmentPerMu\n  }\n"): (typeof documents)["\n  fragment ThresholdFields on FlagThresholds {\n    fakeProjectDays\n    stalledDays {\n      SIGNED\n      LANDED\n      STARTED\n    }\n    stalledYellowFraction\n    idleLandDays\n    lowCapitalDays\n    lowCapitalRatioAfterSigning\n    lowCapitalRatioAfterStart\n    noFollowUpYellowDays\n    noFollowUpRedDays\n    minInvestmentPerMu\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagThresholds {\n    flagThresholds {\n      ...ThresholdFields\n    }\n  }\n"): (typeof documents)["\n  query FlagThresholds {\n    flagThresholds {\n      ...ThresholdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFlagThresholds($input: FlagThresholdsInput!) {\n    updateFlagThresholds(input: $input) {\n      ...ThresholdFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFlagThresholds($input: FlagThresholdsInput!) {\n    updateFlagThresholds(input: $input) {\n      ...ThresholdFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    me {\n      id\n      name\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeOverview {\n    me {\n      id\n      name\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlaggedRow on Project {\n    id\n    code\n    name\n    stage\n    version\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n"): (typeof documents)["\n  fragment FlaggedRow on Project {\n    id\n    code\n    name\n    stage\n    version\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    signedOn\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlaggedList($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {\n    flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FlaggedRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlaggedList($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {\n    flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...FlaggedRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagCounts($filter: ProjectFilter) {\n    flagCounts(filter: $filter) {\n      kind\n      red\n      yellow\n    }\n  }\n"): (typeof documents)["\n  query FlagCounts($filter: ProjectFilter) {\n    flagCounts(filter: $filter) {\n      kind\n      red\n      yellow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionOptions {\n    me {\n      id\n      role\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InspectionOptions {\n    me {\n      id\n      role\n    }\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n    chains {\n      id\n      name\n    }\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Supervision {\n    id\n    status\n    demand\n    dueOn\n    version\n    reply\n    repliedAt\n    returnReason\n    returnCount\n    closingNote\n    closedAt\n    issuedAt\n    daysOverdue\n    project {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n    issuedBy {\n      id\n      name\n    }\n    repliedBy {\n      id\n      name\n    }\n    answerer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Supervision {\n    id\n    status\n    demand\n    dueOn\n    version\n    reply\n    repliedAt\n    returnReason\n    returnCount\n    closingNote\n    closedAt\n    issuedAt\n    daysOverdue\n    project {\n      id\n      code\n      name\n      orgUnit {\n        id\n        name\n      }\n    }\n    issuedBy {\n      id\n      name\n    }\n    repliedBy {\n      id\n      name\n    }\n    answerer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices(\n    $status: SupervisionStatus\n    $projectId: ID\n    $mine: Boolean\n    $awaitingReply: Boolean\n  ) {\n    me {\n      id\n      role\n    }\n    supervisions(\n      status: $status\n      projectId: $projectId\n      mine: $mine\n      awaitingReply: $awaitingReply\n    ) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  query Notices(\n    $status: SupervisionStatus\n    $projectId: ID\n    $mine: Boolean\n    $awaitingReply: Boolean\n  ) {\n    me {\n      id\n      role\n    }\n    supervisions(\n      status: $status\n      projectId: $projectId\n      mine: $mine\n      awaitingReply: $awaitingReply\n    ) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueNotice($projectId: ID!, $input: IssueSupervisionInput!) {\n    issueSupervision(projectId: $projectId, input: $input) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueNotice($projectId: ID!, $input: IssueSupervisionInput!) {\n    issueSupervision(projectId: $projectId, input: $input) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyNotice($id: ID!, $version: Int!, $reply: String!) {\n    replySupervision(id: $id, version: $version, reply: $reply) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyNotice($id: ID!, $version: Int!, $reply: String!) {\n    replySupervision(id: $id, version: $version, reply: $reply) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNotice($id: ID!, $version: Int!, $note: String) {\n    closeSupervision(id: $id, version: $version, note: $note) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNotice($id: ID!, $version: Int!, $note: String) {\n    closeSupervision(id: $id, version: $version, note: $note) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnNotice($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) {\n    returnSupervision(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnNotice($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) {\n    returnSupervision(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    version\n    stage\n    status\n    sourceMethod\n    chainRole\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    landArea\n    leasedFloorArea\n    contractNo\n    companyCreditCode\n    permitNo\n    signedOn\n    landedOn\n    startedOn\n    operatingOn\n    plannedStartOn\n    plannedOperatingOn\n    stageEnteredOn\n    daysInStage\n    terminatedOn\n    terminationReason\n    updatedAt\n    investor {\n      id\n      name\n      creditCode\n      tags\n    }\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n    capitalArrivals {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n      verifiedAt\n      rejected\n      rejectionReason\n      rejectedAt\n      recordedAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    activities {\n      id\n      kind\n      summary\n      happenedOn\n      by {\n        id\n        name\n      }\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n    auditEvents {\n      id\n      at\n      action\n      entity\n      entityId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    version\n    stage\n    status\n    sourceMethod\n    chainRole\n    plannedInvestment\n    contractedInvestment\n    arrivedInvestment\n    arrivedVerified\n    landArea\n    leasedFloorArea\n    contractNo\n    companyCreditCode\n    permitNo\n    signedOn\n    landedOn\n    startedOn\n    operatingOn\n    plannedStartOn\n    plannedOperatingOn\n    stageEnteredOn\n    daysInStage\n    terminatedOn\n    terminationReason\n    updatedAt\n    investor {\n      id\n      name\n      creditCode\n      tags\n    }\n    orgUnit {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    leader {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    flags {\n      kind\n      level\n      reason\n      since\n    }\n    capitalArrivals {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n      verifiedAt\n      rejected\n      rejectionReason\n      rejectedAt\n      recordedAt\n      recordedBy {\n        id\n        name\n      }\n    }\n    activities {\n      id\n      kind\n      summary\n      happenedOn\n      by {\n        id\n        name\n      }\n    }\n    transitions {\n      id\n      fromStage\n      toStage\n      at\n      note\n      by {\n        id\n        name\n      }\n    }\n    auditEvents {\n      id\n      at\n      action\n      entity\n      entityId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDrawer($id: ID!) {\n    me {\n      id\n      role\n    }\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query ProjectDrawer($id: ID!) {\n    me {\n      id\n      role\n    }\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPeople {\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n    chains {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectPeople {\n    leaders: users(role: LEADER) {\n      id\n      name\n    }\n    staff: users(role: STAFF) {\n      id\n      name\n    }\n    chains {\n      id\n      name\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateProject($id: ID!, $version: Int!, $reason: String!) {\n    terminateProject(id: $id, version: $version, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateProject($id: ID!, $version: Int!, $reason: String!) {\n    terminateProject(id: $id, version: $version, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCapitalArrival($projectId: ID!, $input: CapitalArrivalInput!) {\n    recordCapitalArrival(projectId: $projectId, input: $input) {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCapitalArrival($projectId: ID!, $input: CapitalArrivalInput!) {\n    recordCapitalArrival(projectId: $projectId, input: $input) {\n      id\n      amount\n      arrivedOn\n      voucherNo\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCapitalArrival($id: ID!) {\n    verifyCapitalArrival(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCapitalArrival($id: ID!) {\n    verifyCapitalArrival(id: $id) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCapitalArrival($id: ID!, $reason: String!) {\n    rejectCapitalArrival(id: $id, reason: $reason) {\n      id\n      verified\n      rejected\n      rejectionReason\n      rejectedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCapitalArrival($id: ID!, $reason: String!) {\n    rejectCapitalArrival(id: $id, reason: $reason) {\n      id\n      verified\n      rejected\n      rejectionReason\n      rejectedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActivity($projectId: ID!, $input: ActivityInput!) {\n    addActivity(projectId: $projectId, input: $input) {\n      id\n      kind\n      summary\n      happenedOn\n    }\n  }\n"): (typeof documents)["\n  mutation AddActivity($projectId: ID!, $input: ActivityInput!) {\n    addActivity(projectId: $projectId, input: $input) {\n      id\n      kind\n      summary\n      happenedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($role: Role, $includeInactive: Boolean) {\n    me {\n      id\n    }\n    users(role: $role, includeInactive: $includeInactive) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage($role: Role, $includeInactive: Boolean) {\n    me {\n      id\n    }\n    users(role: $role, includeInactive: $includeInactive) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOrgUnitOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserOrgUnitOptions {\n    orgUnits {\n      id\n      name\n      kind\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      name\n      role\n      active\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
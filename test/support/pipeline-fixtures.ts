import {
  addDays,
  creditCodeCheckChar,
  isValidCreditCode,
  type Stage,
  STAGES,
  todayIso,
} from '@luodi/domain';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import type { GraphQLResponse, TestApp } from './test-app';

/** Shared helpers for the pipeline API tests: chains, projects, evidence, SQL fingerprints. */

/** A real 统一社会信用代码 (GB 32100 check character). */
export const VALID_CREDIT_CODE = '91350100M000100Y43';
if (!isValidCreditCode(VALID_CREDIT_CODE)) throw new Error('VALID_CREDIT_CODE is not valid');

/** A distinct valid credit code for each n (an investor or project company of its own). */
export function creditCode(n: number): string {
  const first17 = `914331000000${String(n).padStart(5, '0')}`;
  const code = first17 + creditCodeCheckChar(first17);
  if (!isValidCreditCode(code)) throw new Error(`could not build a credit code for ${n}`);
  return code;
}

/** The same code with a wrong check character. */
export function invalidCreditCode(code = VALID_CREDIT_CODE): string {
  const last = code.at(-1) === '0' ? '1' : '0';
  return code.slice(0, -1) + last;
}

export const today = () => todayIso();
export const daysAgo = (days: number) => addDays(todayIso(), -days);
export const daysAhead = (days: number) => addDays(todayIso(), days);

export type EngineStage = Stage;
export const FORWARD_STAGES = STAGES.slice(1) as Exclude<Stage, 'NEGOTIATING'>[];

// ---------------------------------------------------------------------------------------------
// GraphQL documents

export const PROJECT_FIELDS = `
  id code name version stage status sourceMethod chainRole
  plannedInvestment contractedInvestment arrivedInvestment arrivedVerified landArea leasedFloorArea
  contractNo companyCreditCode permitNo
  signedOn landedOn startedOn operatingOn plannedStartOn plannedOperatingOn stageEnteredOn daysInStage
  terminatedOn terminationReason updatedAt
  investor { id name creditCode }
  orgUnit { id name }
  chain { id name }
  owner { id username }
  leader { id username role }
  team { id username }
  flags { kind level reason since }`;

export const PROJECT_QUERY = `query ($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

export const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;

export const UPDATE_PROJECT = `mutation ($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
  updateProject(id: $id, version: $version, input: $input) { ${PROJECT_FIELDS} } }`;

export const MOVE_PROJECT = `mutation ($id: ID!, $version: Int!, $toStage: Stage!, $evidence: StageEvidenceInput, $reason: String, $afterId: ID) {
  moveProject(id: $id, version: $version, toStage: $toStage, evidence: $evidence, reason: $reason, afterId: $afterId) { ${PROJECT_FIELDS} } }`;

export const TERMINATE_PROJECT = `mutation ($id: ID!, $version: Int!, $reason: String!) {
  terminateProject(id: $id, version: $version, reason: $reason) { ${PROJECT_FIELDS} } }`;

export const RECORD_ARRIVAL = `mutation ($projectId: ID!, $input: CapitalArrivalInput!) {
  recordCapitalArrival(projectId: $projectId, input: $input) { id amount arrivedOn voucherNo verified recordedBy { username } } }`;

export const VERIFY_ARRIVAL = `mutation ($id: ID!) { verifyCapitalArrival(id: $id) { id amount verified } }`;

export const ADD_ACTIVITY = `mutation ($projectId: ID!, $input: ActivityInput!) {
  addActivity(projectId: $projectId, input: $input) { id kind summary happenedOn by { username } } }`;

export const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username role } }`;

// ---------------------------------------------------------------------------------------------
// Types

export interface FlagView {
  kind: string;
  level: 'RED' | 'YELLOW';
  reason: string;
  since: string;
}

export interface ProjectView {
  id: string;
  code: string;
  name: string;
  version: number;
  stage: Stage;
  status: 'ACTIVE' | 'TERMINATED';
  sourceMethod: string;
  chainRole: string | null;
  plannedInvestment: number | null;
  contractedInvestment: number | null;
  arrivedInvestment: number;
  arrivedVerified: number;
  landArea: number | null;
  leasedFloorArea: number | null;
  contractNo: string | null;
  companyCreditCode: string | null;
  permitNo: string | null;
  signedOn: string | null;
  landedOn: string | null;
  startedOn: string | null;
  operatingOn: string | null;
  plannedStartOn: string | null;
  plannedOperatingOn: string | null;
  stageEnteredOn: string;
  daysInStage: number;
  terminatedOn: string | null;
  terminationReason: string | null;
  updatedAt: string;
  investor: { id: string; name: string; creditCode: string | null };
  orgUnit: { id: string; name: string };
  chain: { id: string; name: string };
  owner: { id: string; username: string };
  leader: { id: string; username: string; role: string } | null;
  team: { id: string; username: string }[];
  flags: FlagView[];
}

export type Evidence = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Accounts, chains, results

export const userId = (t: TestApp, username: string) => {
  const user = t.accounts.users.get(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return String(user.id);
};

export const orgUnitId = (t: TestApp, key: string) => {
  const unit = t.accounts.orgUnits.get(key);
  if (!unit) throw new Error(`no demo org unit ${key}`);
  return String(unit.id);
};

/** A fresh test database has no industry chains; these are the ones from the speeches. */
export async function createChains(
  t: TestApp,
  names: string[] = ['电子信息及5G应用', '白酒', '锰锌钒新材料'],
): Promise<{ id: string; name: string }[]> {
  const repository = t.dataSource.getRepository(IndustryChain);
  const chains = [];
  for (const name of names) {
    const saved = await repository.save({
      name,
      chainLeaderId: t.accounts.users.get('wang.leader')!.id,
    });
    chains.push({ id: String(saved.id), name: saved.name });
  }
  return chains;
}

/** The data of a successful response; fails the test with the errors otherwise. */
export function ok<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(
      `expected success, got HTTP ${response.status}: ${JSON.stringify(response.errors)}`,
    );
  }
  return response.data;
}

/** The single error of a refused call, checked to carry `code`. */
export function refused(response: GraphQLResponse, code: string) {
  if (!response.errors?.length)
    throw new Error(`expected ${code}, got data ${JSON.stringify(response.data)}`);
  const codes = response.errors.map((error) => error.extensions?.code);
  if (codes.length !== 1 || codes[0] !== code) {
    throw new Error(`expected one ${code} error, got ${JSON.stringify(response.errors)}`);
  }
  return response.errors[0];
}

/** The field names of a BAD_USER_INPUT answer, sorted. */
export function badFields(response: GraphQLResponse): string[] {
  return Object.keys(refused(response, 'BAD_USER_INPUT').extensions?.fields ?? {}).sort();
}

// ---------------------------------------------------------------------------------------------
// Projects

let sequence = 0;
export const uniqueName = (prefix = '项目') => `${prefix}${++sequence}号`;

export interface NewProject {
  as?: string;
  orgUnit?: string;
  chainId: string;
  name?: string;
  investorName?: string;
  investorCreditCode?: string | null;
  sourceMethod?: string;
  ownerId?: string;
  plannedInvestment?: number | null;
  chainRole?: string;
}

export function projectInput(t: TestApp, options: NewProject) {
  const name = options.name ?? uniqueName('锰锌新材料项目');
  return {
    name,
    investorName: options.investorName ?? `${name}投资有限公司`,
    investorCreditCode: options.investorCreditCode ?? null,
    orgUnitId: orgUnitId(t, options.orgUnit ?? 'luxi'),
    chainId: options.chainId,
    chainRole: options.chainRole ?? 'EXTEND',
    sourceMethod: options.sourceMethod ?? '以商招商',
    ...(options.ownerId ? { ownerId: options.ownerId } : {}),
    plannedInvestment: options.plannedInvestment ?? 5000,
  };
}

/** A new 在谈 project, created by zhang.staff (泸溪县) unless told otherwise. */
export async function createProject(t: TestApp, options: NewProject): Promise<ProjectView> {
  const response = await t.gql(
    CREATE_PROJECT,
    { input: projectInput(t, options) },
    options.as ?? 'zhang.staff',
  );
  return ok(response).createProject as ProjectView;
}

export async function getProject(t: TestApp, id: string, as = 'admin'): Promise<ProjectView> {
  return ok(await t.gql(PROJECT_QUERY, { id }, as)).project as ProjectView;
}

/** Valid evidence for entering one stage, with dates in the past in pipeline order. */
export function stageEvidence(t: TestApp, stage: Exclude<Stage, 'NEGOTIATING'>): Evidence {
  switch (stage) {
    case 'SIGNED':
      return {
        signedOn: daysAgo(40),
        contractNo: 'HT-LX-2026-018',
        contractedInvestment: 12000,
        leaderId: userId(t, 'chen.leader'),
        plannedStartOn: daysAhead(30),
        plannedOperatingOn: daysAhead(400),
      };
    case 'LANDED':
      return { landedOn: daysAgo(30), companyCreditCode: VALID_CREDIT_CODE, landArea: 50 };
    case 'STARTED':
      return { startedOn: daysAgo(20), permitNo: '433122202600018' };
    case 'OPERATING':
      return { operatingOn: daysAgo(5), note: '首条生产线试产成功' };
  }
}

/** The evidence of every stage entered moving from `from` to `to`, merged. */
export function evidenceThrough(
  t: TestApp,
  from: Stage,
  to: Stage,
  overrides: Evidence = {},
): Evidence {
  const entered = STAGES.slice(STAGES.indexOf(from) + 1, STAGES.indexOf(to) + 1) as Exclude<
    Stage,
    'NEGOTIATING'
  >[];
  return Object.assign({}, ...entered.map((stage) => stageEvidence(t, stage)), overrides);
}

export function moveProject(
  t: TestApp,
  project: Pick<ProjectView, 'id' | 'version'>,
  toStage: Stage,
  evidence: Evidence | null,
  as = 'zhang.staff',
  extra: { reason?: string | null; afterId?: string | null } = {},
) {
  return t.gql(
    MOVE_PROJECT,
    { id: project.id, version: project.version, toStage, evidence, ...extra },
    as,
  );
}

/** Moves the project forward one stage at a time with valid evidence, up to `to`. */
export async function advance(
  t: TestApp,
  project: ProjectView,
  to: Stage,
  as = 'zhang.staff',
  overrides: Partial<Record<Stage, Evidence>> = {},
): Promise<ProjectView> {
  let current = project;
  for (const stage of FORWARD_STAGES) {
    if (STAGES.indexOf(stage) <= STAGES.indexOf(current.stage)) continue;
    if (STAGES.indexOf(stage) > STAGES.indexOf(to)) break;
    const evidence = { ...stageEvidence(t, stage), ...overrides[stage] };
    current = ok(await moveProject(t, current, stage, evidence, as)).moveProject as ProjectView;
  }
  return current;
}

export async function updateProject(
  t: TestApp,
  project: Pick<ProjectView, 'id' | 'version'>,
  input: Record<string, unknown>,
  as = 'zhang.staff',
) {
  return t.gql(UPDATE_PROJECT, { id: project.id, version: project.version, input }, as);
}

export async function recordArrival(
  t: TestApp,
  projectId: string,
  input: { amount: number; arrivedOn: string; voucherNo: string },
  as = 'zhang.staff',
) {
  return t.gql(RECORD_ARRIVAL, { projectId, input }, as);
}

export async function addActivity(
  t: TestApp,
  projectId: string,
  input: { kind: string; summary: string; happenedOn: string },
  as = 'zhang.staff',
) {
  return t.gql(ADD_ACTIVITY, { projectId, input }, as);
}

// ---------------------------------------------------------------------------------------------
// SQL

/** One number from SQL (COUNT and SUM come back as strings on MySQL). */
export async function sqlNumber(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const rows: Record<string, unknown>[] = await t.dataSource.query(sql, params);
  const value = Object.values(rows[0] ?? {})[0];
  return value === null || value === undefined ? 0 : Number(value);
}

export const rowCount = (t: TestApp, table: string, where = '1 = 1', params: unknown[] = []) =>
  sqlNumber(t, `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);

/** Sets columns of the project row directly, e.g. to put its dates in the past. */
export async function setProjectColumns(
  t: TestApp,
  projectId: string,
  columns: Record<string, unknown>,
): Promise<void> {
  const names = Object.keys(columns);
  await t.dataSource.query(
    `UPDATE project SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`,
    [...names.map((name) => columns[name]), Number(projectId)],
  );
}

export const FINGERPRINT_TABLES = [
  'project',
  'project_member',
  'investor',
  'audit_event',
  'capital_arrival',
  'activity',
  'stage_transition',
  'project_flag',
  'user',
];

/**
 * A cheap picture of the database: row counts of every table a mutation writes, and the
 * version, update time and main facts of the given projects. A refused call must leave it equal.
 */
export async function fingerprint(
  t: TestApp,
  projectIds: string[] = [],
): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const table of FINGERPRINT_TABLES) {
    // Signing in (the harness logs each test user in on first use) is not the call's effect.
    result[table] =
      table === 'audit_event'
        ? await rowCount(t, table, `action NOT IN ('LOGIN', 'LOGIN_FAILED', 'LOGOUT')`)
        : await rowCount(t, table);
  }
  result.verified = await rowCount(t, 'capital_arrival', 'verified = ?', [true]);
  for (const id of projectIds) {
    const [row] = await t.dataSource.query(
      `SELECT version, updatedAt, stage, status, name, leaderId, ownerId, arrivedInvestment, arrivedVerified, lastProgressOn,
              signedOn, landedOn, startedOn, operatingOn, landArea, plannedStartOn, plannedOperatingOn, position
         FROM project WHERE id = ?`,
      [Number(id)],
    );
    result[`project ${id}`] = row ? JSON.parse(JSON.stringify(row)) : null;
  }
  return result;
}

/** The audit events of a project's row, oldest first, with `changes` parsed. */
export async function auditEventsOf(t: TestApp, entity: string, entityId: string | number) {
  const rows: {
    action: string;
    actorId: number;
    entity: string;
    entityId: number;
    changes: string;
  }[] = await t.dataSource.query(
    'SELECT action, actorId, entity, entityId, changes FROM audit_event WHERE entity = ? AND entityId = ? ORDER BY id',
    [entity, Number(entityId)],
  );
  return rows.map((row) => ({
    ...row,
    actorId: Number(row.actorId),
    entityId: Number(row.entityId),
    changes: JSON.parse(row.changes),
  }));
}

export const flagOf = (project: Pick<ProjectView, 'flags'>, kind: string) =>
  project.flags.find((flag) => flag.kind === kind);

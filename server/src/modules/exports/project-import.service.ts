import { Injectable } from '@nestjs/common';
import {
  amountError,
  CHAIN_ROLE_LABELS,
  CHAIN_ROLES,
  type ChainRole,
  creditCodeError,
  decideMove,
  INVESTOR_TAGS,
  parseAmount,
  SOURCE_METHODS,
  todayIso,
} from '@luodi/domain';
import { Workbook, type Worksheet } from 'exceljs';
import { GraphQLError } from 'graphql';
import { DataSource, In } from 'typeorm';
import { requireRole } from '../../common/access';
import { appError, badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { CreateProjectInput, StageEvidenceInput } from '../projects/dto/project.inputs';
import { MovesService } from '../projects/moves.service';
import { ProjectsService } from '../projects/projects.service';
import { User } from '../users/user.entity';
import { cellNumber, cellText } from './import-cells';
import { guardXlsx, type XlsxLimits } from './xlsx-guard';
import {
  IMPORT_COLUMNS,
  IMPORT_SHEET,
  type ImportField,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  STAGE_VALUES,
} from './import-columns';

/** An import's file, checked before it is read; 2,000 full rows of the template fit many times. */
export const IMPORT_LIMITS: XlsxLimits = {
  maxFileBytes: MAX_IMPORT_BYTES,
  maxPartBytes: 16 * 1024 * 1024,
  maxTotalBytes: 40 * 1024 * 1024,
  maxParts: 200,
  // The header row and up to MAX_IMPORT_ROWS rows; the explanation sheet is shorter.
  maxRows: MAX_IMPORT_ROWS + 1,
};
/** Reading and checking the rows may take this long before the import gives up. */
export const IMPORT_READ_SECONDS = 20;

export interface RowError {
  /** The spreadsheet's own row number (the header is row 1). */
  row: number;
  /** The column's header, as in the template. */
  column: string;
  message: string;
}

interface ParsedRow {
  row: number;
  input: CreateProjectInput;
  /** The 签约 evidence when the row comes in signed. */
  signing: StageEvidenceInput | null;
}

const HEADER_OF = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.field, column.header]),
) as Record<ImportField, string>;
const SIGNING_FIELDS: ImportField[] = [
  'signedOn',
  'contractNo',
  'contractedInvestment',
  'leader',
  'plannedStartOn',
  'plannedOperatingOn',
];
/** The create and move rules name their fields; these are the template columns they come from. */
const COLUMN_OF_RULE_FIELD: Record<string, ImportField> = {
  name: 'name',
  investorName: 'investorName',
  investorCreditCode: 'investorCreditCode',
  orgUnitId: 'orgUnit',
  chainId: 'chain',
  chainRole: 'chainRole',
  sourceMethod: 'sourceMethod',
  ownerId: 'owner',
  plannedInvestment: 'plannedInvestment',
  toStage: 'stage',
  signedOn: 'signedOn',
  contractNo: 'contractNo',
  contractedInvestment: 'contractedInvestment',
  leaderId: 'leader',
  plannedStartOn: 'plannedStartOn',
  plannedOperatingOn: 'plannedOperatingOn',
  investorTags: 'investorTags',
};
const CHAIN_ROLE_BY_LABEL = new Map<string, ChainRole>(
  CHAIN_ROLES.map((role) => [CHAIN_ROLE_LABELS[role].zh, role]),
);

/** Thrown (and answered with HTTP 400) when any row is wrong; nothing has been written. */
export function importRejected(rows: RowError[]): GraphQLError {
  return appError('BAD_USER_INPUT', `导入文件有 ${rows.length} 处错误，未导入任何项目`, { rows });
}

/**
 * 导入项目 from the template: every row is checked first with the rules of the domain library
 * (texts, credit codes, amounts, dates, the evidence of 签约), then all are created in one
 * transaction through the same create and move paths as the board, each with its audit events.
 * Any error in any row, found before or during the writes, leaves the database untouched.
 */
@Injectable()
export class ProjectImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly orgUnits: OrgUnitsService,
    private readonly projects: ProjectsService,
    private readonly moves: MovesService,
  ) {}

  async import(actor: User, file: Buffer): Promise<{ created: number; codes: string[] }> {
    requireRole(actor, 'STAFF', 'ADMIN');
    const sheet = await this.sheetOf(file);
    const { rows, errors } = await this.parse(actor, sheet);
    if (errors.length) throw importRejected(errors);
    if (rows.length === 0) throw badInput({ file: '文件中没有项目行' }, '文件中没有项目行');

    return this.transactions.run(async (manager) => {
      const writeErrors: RowError[] = [];
      const codes: string[] = [];
      for (const row of rows) {
        try {
          const created = await this.projects.createWithin(manager, actor, row.input);
          const project = row.signing
            ? await this.moves.moveWithin(manager, actor, created, 'SIGNED', row.signing, null, {})
            : created;
          codes.push(project.code);
        } catch (error) {
          if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT')
            throw error;
          writeErrors.push(...this.ruleErrors(row.row, error));
        }
      }
      // Rolls the whole transaction back: an import is all or nothing.
      if (writeErrors.length) throw importRejected(writeErrors);
      return { created: codes.length, codes };
    });
  }

  private async sheetOf(file: Buffer): Promise<Worksheet> {
    guardXlsx(file, IMPORT_LIMITS);
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw badInput({ file: '文件不是有效的 Excel（.xlsx）文件' });
    }
    const sheet = workbook.getWorksheet(IMPORT_SHEET) ?? workbook.worksheets[0];
    if (!sheet) throw badInput({ file: '文件中没有工作表' });
    return sheet;
  }

  private async parse(
    actor: User,
    sheet: Worksheet,
  ): Promise<{ rows: ParsedRow[]; errors: RowError[] }> {
    const errors: RowError[] = [];
    const fail = (row: number, field: ImportField, message: string) =>
      errors.push({ row, column: HEADER_OF[field], message });

    const columnOf = new Map<ImportField, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      const column = IMPORT_COLUMNS.find((c) => c.header === cellText(cell));
      if (column) columnOf.set(column.field, col);
    });
    for (const column of IMPORT_COLUMNS)
      if (!columnOf.has(column.field) && !column.optional)
        fail(1, column.field, '缺少该列，请使用导入模板');
    if (errors.length) return { rows: [], errors };

    const lookups = await this.lookups(actor);
    const today = todayIso();
    const deadline = Date.now() + IMPORT_READ_SECONDS * 1000;
    const rows: ParsedRow[] = [];
    const lastRow = sheet.actualRowCount === 0 ? 1 : sheet.lastRow!.number;
    let dataRows = 0;
    for (let r = 2; r <= lastRow; r++) {
      const cell = (field: ImportField) => sheet.getRow(r).getCell(columnOf.get(field)!);
      // An optional column an older template lacks reads as empty.
      const text = (field: ImportField) => (columnOf.has(field) ? cellText(cell(field)) : null);
      if (Date.now() > deadline)
        throw badInput({ file: `文件过于复杂，${IMPORT_READ_SECONDS} 秒内未能读完，请分批导入` });
      if (IMPORT_COLUMNS.every((column) => text(column.field) === null)) continue;
      if (++dataRows > MAX_IMPORT_ROWS) {
        fail(r, 'name', `一次最多导入 ${MAX_IMPORT_ROWS} 行`);
        break;
      }
      const before = errors.length;
      const amount = (field: ImportField, rules: { allowZero: boolean }) => {
        const value = cellNumber(cell(field), parseAmount);
        if (value === 'invalid') fail(r, field, '请填写数字（单位万元）');
        else if (value !== null) {
          const problem = amountError(value, rules);
          if (problem) fail(r, field, problem);
          else return value;
        }
        return null;
      };

      const name = text('name');
      const investorName = text('investorName');
      if (!name) fail(r, 'name', '请填写项目名称');
      if (!investorName) fail(r, 'investorName', '请填写投资方名称');
      const creditCode = text('investorCreditCode');
      if (creditCode) {
        const problem = creditCodeError(creditCode);
        if (problem) fail(r, 'investorCreditCode', problem);
      }
      const unitName = text('orgUnit');
      const unitId = unitName ? lookups.units.get(unitName) : undefined;
      if (!unitName) fail(r, 'orgUnit', '请填写所属单位');
      else if (unitId === undefined)
        fail(r, 'orgUnit', `「${unitName}」不存在或不在您的管辖范围内`);
      const chainName = text('chain');
      const chainId = chainName ? lookups.chains.get(chainName) : undefined;
      if (!chainName) fail(r, 'chain', '请填写产业链');
      else if (chainId === undefined) fail(r, 'chain', `产业链「${chainName}」不存在`);
      const roleLabel = text('chainRole');
      const chainRole = roleLabel ? CHAIN_ROLE_BY_LABEL.get(roleLabel) : undefined;
      if (roleLabel && !chainRole) fail(r, 'chainRole', '应为 建链、延链、补链 或 强链');
      const sourceMethod = text('sourceMethod');
      if (!sourceMethod) fail(r, 'sourceMethod', '请填写招商方式');
      else if (!(SOURCE_METHODS as readonly string[]).includes(sourceMethod))
        fail(r, 'sourceMethod', `应为：${SOURCE_METHODS.join('、')}`);
      const ownerId = this.person(text('owner'), lookups.staff, (message) =>
        fail(r, 'owner', message),
      );
      if (!text('owner') && actor.role === 'ADMIN') fail(r, 'owner', '管理员导入时须填写挂钩专员');
      const plannedInvestment = amount('plannedInvestment', { allowZero: true });
      const tagWords = (text('investorTags') ?? '').split(/[、,，;；\s]+/).filter(Boolean);
      const unknownTags = tagWords.filter(
        (tag) => !(INVESTOR_TAGS as readonly string[]).includes(tag),
      );
      if (unknownTags.length)
        fail(
          r,
          'investorTags',
          `「${unknownTags.join('、')}」不是投资方标签；可选：${INVESTOR_TAGS.join('、')}`,
        );

      const stageText = text('stage');
      const stage = stageText ? STAGE_VALUES[stageText as keyof typeof STAGE_VALUES] : undefined;
      if (!stageText) fail(r, 'stage', '请填写阶段（在谈 或 签约）');
      else if (!stage)
        fail(r, 'stage', '只能导入「在谈」或「签约」项目，之后的阶段请在看板上推进并提供证据');

      let signing: StageEvidenceInput | null = null;
      if (stage === 'SIGNED') {
        const leaderId = this.person(text('leader'), lookups.leaders, (message) =>
          fail(r, 'leader', message),
        );
        const contractedInvestment = amount('contractedInvestment', { allowZero: false });
        signing = {
          signedOn: text('signedOn'),
          contractNo: text('contractNo'),
          contractedInvestment,
          leaderId: leaderId === undefined ? null : String(leaderId),
          plannedStartOn: text('plannedStartOn'),
          plannedOperatingOn: text('plannedOperatingOn'),
        };
        const decision = decideMove({
          project: { stage: 'NEGOTIATING' },
          toStage: 'SIGNED',
          evidence: { ...signing },
          role: actor.role,
          today,
        });
        if (!decision.ok) {
          for (const [field, message] of Object.entries(decision.fields)) {
            const column = COLUMN_OF_RULE_FIELD[field];
            // A leader or amount already reported as unreadable is not reported twice as missing.
            if (column && !errors.slice(before).some((e) => e.column === HEADER_OF[column]))
              fail(r, column, message);
          }
        }
      } else if (stage === 'NEGOTIATING') {
        for (const field of SIGNING_FIELDS)
          if (text(field) !== null)
            fail(r, field, '「在谈」项目不填签约信息；已签约的请把阶段填为「签约」');
      }

      if (errors.length === before) {
        rows.push({
          row: r,
          input: {
            name: name!,
            investorName: investorName!,
            investorCreditCode: creditCode,
            orgUnitId: String(unitId),
            chainId: String(chainId),
            chainRole: chainRole ?? null,
            sourceMethod: sourceMethod!,
            ownerId: ownerId === undefined ? null : String(ownerId),
            plannedInvestment,
            ...(tagWords.length ? { investorTags: tagWords } : {}),
          },
          signing,
        });
      }
    }
    return { rows, errors };
  }

  /** A person named by user name, or by full name when only one active person has it. */
  private person(
    given: string | null,
    people: User[],
    fail: (message: string) => void,
  ): number | undefined {
    if (!given) return undefined;
    const byUsername = people.find((person) => person.username === given);
    if (byUsername) return byUsername.id;
    const byName = people.filter((person) => person.name === given);
    if (byName.length === 1) return byName[0].id;
    fail(byName.length > 1 ? `有多人名为「${given}」，请填写用户名` : `找不到在职人员「${given}」`);
    return undefined;
  }

  private async lookups(actor: User) {
    const [units, chains, people] = await Promise.all([
      this.orgUnits.listInScope(actor),
      this.dataSource.getRepository(IndustryChain).find(),
      this.dataSource.getRepository(User).findBy({ role: In(['STAFF', 'LEADER']), active: true }),
    ]);
    return {
      units: new Map(units.map((unit) => [unit.name, unit.id])),
      chains: new Map(chains.map((chain) => [chain.name, chain.id])),
      staff: people.filter((person) => person.role === 'STAFF'),
      leaders: people.filter((person) => person.role === 'LEADER'),
    };
  }

  private ruleErrors(row: number, error: GraphQLError): RowError[] {
    const fields = (error.extensions.fields ?? {}) as Record<string, string>;
    const entries = Object.entries(fields);
    if (entries.length === 0) return [{ row, column: HEADER_OF.name, message: error.message }];
    return entries.map(([field, message]) => ({
      row,
      column: HEADER_OF[COLUMN_OF_RULE_FIELD[field] ?? 'name'],
      message,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { CHAIN_ROLE_LABELS, CHAIN_ROLES, INVESTOR_TAGS, SOURCE_METHODS } from '@luodi/domain';
import { DataSource } from 'typeorm';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import { IMPORT_COLUMNS, IMPORT_SHEET, MAX_IMPORT_ROWS, STAGE_VALUES } from './import-columns';
import { addTableSheet, MONEY_FORMAT, newWorkbook, toBuffer } from './workbook';

interface ExplanationRow {
  header: string;
  required: string;
  explanation: string;
  allowed: string;
}

/** The import template: an empty 项目导入 sheet and a 填写说明 sheet with the allowed values. */
@Injectable()
export class ImportTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async workbook(user: User): Promise<Buffer> {
    const [units, chains] = await Promise.all([
      this.orgUnits.listInScope(user),
      this.dataSource
        .getRepository(IndustryChain)
        .find({ where: { active: true }, order: { name: 'ASC' } }),
    ]);
    const allowed: Partial<Record<string, string[]>> = {
      orgUnit: units.filter((unit) => unit.active).map((unit) => unit.name),
      chain: chains.map((chain) => chain.name),
      chainRole: CHAIN_ROLES.map((role) => CHAIN_ROLE_LABELS[role].zh),
      sourceMethod: [...SOURCE_METHODS],
      stage: Object.keys(STAGE_VALUES),
      investorTags: [...INVESTOR_TAGS],
    };
    const workbook = newWorkbook();
    addTableSheet(
      workbook,
      IMPORT_SHEET,
      IMPORT_COLUMNS.map((column) => ({
        header: column.header,
        width: column.width,
        numFmt: column.header.includes('万元') ? MONEY_FORMAT : undefined,
        value: () => null,
      })),
      [],
    );
    const explanations: ExplanationRow[] = IMPORT_COLUMNS.map((column) => ({
      header: column.header,
      required: column.required,
      explanation: column.explanation,
      allowed: (allowed[column.field] ?? []).join('、'),
    }));
    explanations.push({
      header: '（整体规则）',
      required: '',
      explanation: `从第 2 行起每行一个项目，最多 ${MAX_IMPORT_ROWS} 行。先校验全部行，任何一行有错则一行也不导入，并列出每个错误的行号和列名。`,
      allowed: '',
    });
    addTableSheet(
      workbook,
      '填写说明',
      [
        { header: '列名', width: 24, value: (row: ExplanationRow) => row.header },
        { header: '是否必填', width: 10, value: (row) => row.required },
        { header: '说明', width: 60, wrap: true, value: (row) => row.explanation },
        { header: '可选值', width: 60, wrap: true, value: (row) => row.allowed },
      ],
      explanations,
    );
    return toBuffer(workbook);
  }
}

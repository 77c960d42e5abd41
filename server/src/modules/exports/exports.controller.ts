import { Controller, Get, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { todayIso } from '@luodi/domain';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { type ExportQuery, filterOf, levelOf } from './export-query';
import { HttpAppErrorFilter } from './http-errors.filter';
import { addFlaggedSheet, addLedgerSheet } from './ledger-sheets';
import { LedgerRowsService } from './ledger-rows.service';
import { ImportTemplateService } from './import-template.service';
import { newWorkbook, toBuffer, XLSX_TYPE } from './workbook';

/** A download named in Chinese, with an ASCII fallback for old clients. */
export function xlsxFile(buffer: Buffer, asciiName: string, chineseName: string): StreamableFile {
  return new StreamableFile(buffer, {
    type: XLSX_TYPE,
    disposition: `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(chineseName)}`,
    length: buffer.length,
  });
}

/**
 * Spreadsheets of what the caller may read. The global guard requires the Bearer token as for
 * GraphQL; a token in the query string is not accepted (it would end up in logs and history).
 */
@Controller('export')
@UseFilters(HttpAppErrorFilter)
export class ExportsController {
  constructor(
    private readonly rows: LedgerRowsService,
    private readonly template: ImportTemplateService,
  ) {}

  /** 项目台账; terminated projects are included unless includeTerminated=false. */
  @Get('projects.xlsx')
  async projects(@CurrentUser() user: User, @Query() query: ExportQuery): Promise<StreamableFile> {
    const rows = await this.rows.projects(user, filterOf(query, { includeTerminated: true }));
    const workbook = newWorkbook();
    addLedgerSheet(workbook, rows);
    return xlsxFile(await toBuffer(workbook), 'projects.xlsx', `项目台账-${todayIso()}.xlsx`);
  }

  /** 预警清单: one row per lit flag (of the level and kind asked for), in flaggedProjects' order. */
  @Get('flagged.xlsx')
  async flagged(@CurrentUser() user: User, @Query() query: ExportQuery): Promise<StreamableFile> {
    const filter = filterOf(query, { includeTerminated: false });
    const level = levelOf(query);
    const today = todayIso();
    const projects = await this.rows.flagged(user, level, filter);
    const rows = projects.flatMap((ledger) =>
      ledger.flags
        .filter(
          (flag) => (!level || flag.level === level) && (!filter.flag || flag.kind === filter.flag),
        )
        .map((flag) => ({ ledger, flag, today })),
    );
    const workbook = newWorkbook();
    addFlaggedSheet(workbook, rows);
    return xlsxFile(await toBuffer(workbook), 'flagged.xlsx', `预警清单-${today}.xlsx`);
  }

  /** The import template: its columns, and a sheet explaining each with the allowed values. */
  @Get('projects-template.xlsx')
  async projectsTemplate(@CurrentUser() user: User): Promise<StreamableFile> {
    return xlsxFile(
      await this.template.workbook(user),
      'projects-template.xlsx',
      '项目导入模板.xlsx',
    );
  }
}

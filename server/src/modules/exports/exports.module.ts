import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ExportsController } from './exports.controller';
import { ImportController } from './import.controller';
import { ImportTemplateService } from './import-template.service';
import { LedgerRowsService } from './ledger-rows.service';
import { ProjectImportService } from './project-import.service';

/** 台账导出与导入: spreadsheets of the ledger and the flagged list, and the project import. */
@Module({
  imports: [ProjectsModule],
  controllers: [ExportsController, ImportController],
  providers: [LedgerRowsService, ImportTemplateService, ProjectImportService],
})
export class ExportsModule {}

import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BlockerFieldsResolver, ProjectBlockersResolver } from './blocker-fields.resolver';
import { BlockerQueries } from './blocker-queries.service';
import { BlockersResolver } from './blockers.resolver';
import { BlockersService } from './blockers.service';
import { DepartmentsService } from './departments.service';
import { DispatchExportController } from './dispatch-export.controller';

/** 交办问题 handed to 责任部门 and closed one by one (销号), and the 调度 sheet. */
@Module({
  imports: [ProjectsModule],
  controllers: [DispatchExportController],
  providers: [
    DepartmentsService,
    BlockersService,
    BlockerQueries,
    BlockersResolver,
    BlockerFieldsResolver,
    ProjectBlockersResolver,
  ],
})
export class BlockersModule {}

import { Module } from '@nestjs/common';
import { SettingsService } from '../settings/settings.service';
import { ActivitiesService } from './activities.service';
import { CapitalService } from './capital.service';
import { DuplicateCheck } from './duplicate-check.service';
import { FlaggedQueries } from './flagged-queries.service';
import { FlagsService } from './flags.service';
import { MovesService } from './moves.service';
import { HISTORY_PERSON_RESOLVERS, ProjectFieldsResolver } from './project-fields.resolver';
import { ProjectLookup } from './project-lookup.service';
import { ProjectQueries } from './project-queries.service';
import { BoardColumnResolver, ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  providers: [
    SettingsService,
    FlagsService,
    ProjectLookup,
    ProjectQueries,
    FlaggedQueries,
    ProjectsService,
    MovesService,
    CapitalService,
    ActivitiesService,
    DuplicateCheck,
    ProjectsResolver,
    BoardColumnResolver,
    ProjectFieldsResolver,
    ...HISTORY_PERSON_RESOLVERS,
  ],
  exports: [
    SettingsService,
    FlagsService,
    ProjectLookup,
    ProjectQueries,
    FlaggedQueries,
    ProjectsService,
    MovesService,
  ],
})
export class ProjectsModule {}

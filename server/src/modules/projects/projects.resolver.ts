import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { FlagLevel, Stage } from '@luodi/domain';
import DataLoader from 'dataloader';
import { contextLoader, type GraphQLContext } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { ActivitiesService } from './activities.service';
import { DuplicateCheck } from './duplicate-check.service';
import { DuplicateCandidate } from './models/duplicate-candidate.model';
import { CapitalService } from './capital.service';
import {
  ActivityInput,
  CapitalArrivalInput,
  CreateProjectInput,
  ProjectFilter,
  StageEvidenceInput,
  UpdateProjectInput,
} from './dto/project.inputs';
import { Activity } from './entities/activity.entity';
import { CapitalArrival } from './entities/capital-arrival.entity';
import { Project, StageEnum } from './entities/project.entity';
import { Board, BoardColumn, ProjectConnection } from './models/connection.model';
import { FlagCount, FlagLevelEnum } from './models/flag.model';
import { MovesService } from './moves.service';
import { ProjectLookup } from './project-lookup.service';
import { FlaggedQueries } from './flagged-queries.service';
import { ProjectQueries } from './project-queries.service';
import { ProjectsService } from './projects.service';

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly projectsService: ProjectsService,
    private readonly movesService: MovesService,
    private readonly capitalService: CapitalService,
    private readonly activitiesService: ActivitiesService,
    private readonly queries: ProjectQueries,
    private readonly flagged: FlaggedQueries,
    private readonly lookup: ProjectLookup,
    private readonly duplicates: DuplicateCheck,
  ) {}

  @Query(() => Board, {
    description: 'The five columns with their totals; each column pages on its own',
  })
  async board(
    @CurrentUser() user: User,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<Board> {
    return { columns: await this.queries.board(user, filter) };
  }

  @Query(() => BoardColumn, {
    description: 'One column of the board, for paging it without reading the other four',
  })
  boardColumn(
    @CurrentUser() user: User,
    @Args('stage', { type: () => StageEnum }) stage: Stage,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<BoardColumn> {
    return this.queries.boardColumn(user, stage, filter);
  }

  @Query(() => Project, { nullable: true })
  project(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string): Promise<Project> {
    return this.lookup.visible(user, id);
  }

  @Query(() => ProjectConnection)
  projects(
    @CurrentUser() user: User,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ProjectConnection> {
    return this.queries.list(user, filter, first, after);
  }

  @Query(() => ProjectConnection, {
    description: 'Projects with a flag today, RED first, then the longest overdue',
  })
  flaggedProjects(
    @CurrentUser() user: User,
    @Args('level', { type: () => FlagLevelEnum, nullable: true }) level?: FlagLevel,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ProjectConnection> {
    return this.flagged.list(user, level, filter, first, after);
  }

  @Query(() => [FlagCount], {
    description: 'Per flag kind, how many projects in the filter show it today',
  })
  flagCounts(
    @CurrentUser() user: User,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<FlagCount[]> {
    return this.flagged.counts(user, filter);
  }

  @Query(() => [DuplicateCandidate], {
    description:
      'Before creating or signing: live projects of the same credit code, or the same investor and project name',
  })
  duplicateCandidates(
    @CurrentUser() user: User,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string,
    @Args('investorName', { type: () => String, nullable: true }) investorName?: string,
    @Args('investorCreditCode', { type: () => String, nullable: true }) investorCreditCode?: string,
    @Args('projectName', { type: () => String, nullable: true }) projectName?: string,
  ): Promise<DuplicateCandidate[]> {
    return this.duplicates.candidates(user, {
      projectId,
      investorName,
      investorCreditCode,
      projectName,
    });
  }

  @Mutation(() => Project, { description: 'STAFF: a new 在谈 project in their own unit or below' })
  createProject(
    @CurrentUser() user: User,
    @Args('input', { type: () => CreateProjectInput }) input: CreateProjectInput,
  ): Promise<Project> {
    return this.projectsService.create(user, input);
  }

  @Mutation(() => Project)
  updateProject(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateProjectInput }) input: UpdateProjectInput,
  ): Promise<Project> {
    return this.projectsService.update(user, id, version, input);
  }

  @Mutation(() => Project, {
    description:
      'Forward with the evidence of every stage entered; backward is a correction with a reason',
  })
  moveProject(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('toStage', { type: () => StageEnum }) toStage: Stage,
    @Args('evidence', { type: () => StageEvidenceInput, nullable: true })
    evidence?: StageEvidenceInput,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
    @Args('afterId', {
      type: () => ID,
      nullable: true,
      description: 'Place the card below this one; top when left out',
    })
    afterId?: string,
  ): Promise<Project> {
    return this.movesService.move(user, id, version, toStage, evidence, reason, { afterId });
  }

  @Mutation(() => Project, { description: 'Moves a card within its column' })
  reorderProject(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('afterId', { type: () => ID, nullable: true }) afterId?: string,
  ): Promise<Project> {
    return this.movesService.reorder(user, id, { afterId });
  }

  @Mutation(() => Project)
  terminateProject(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Project> {
    return this.projectsService.terminate(user, id, version, reason);
  }

  @Mutation(() => CapitalArrival)
  recordCapitalArrival(
    @CurrentUser() user: User,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input', { type: () => CapitalArrivalInput }) input: CapitalArrivalInput,
  ): Promise<CapitalArrival> {
    return this.capitalService.record(user, projectId, input);
  }

  @Mutation(() => CapitalArrival, { description: 'SUPERVISOR only' })
  verifyCapitalArrival(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CapitalArrival> {
    return this.capitalService.verify(user, id);
  }

  @Mutation(() => CapitalArrival, {
    description: 'SUPERVISOR only: 核查否定 an unverified arrival, with the reason',
  })
  rejectCapitalArrival(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<CapitalArrival> {
    return this.capitalService.reject(user, id, reason);
  }

  @Mutation(() => Activity)
  addActivity(
    @CurrentUser() user: User,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input', { type: () => ActivityInput }) input: ActivityInput,
  ): Promise<Activity> {
    return this.activitiesService.add(user, projectId, input);
  }
}

interface ColumnPage {
  column: BoardColumn;
  first?: number;
  after?: string;
}

@Resolver(() => BoardColumn)
export class BoardColumnResolver {
  constructor(private readonly queries: ProjectQueries) {}

  /**
   * The columns asked for in one request are read side by side and answered together, so the
   * cards' own fields (people, investor, flags …) load in one batch for the whole board.
   */
  @ResolveField(() => ProjectConnection)
  projects(
    @CurrentUser() user: User,
    @Parent() column: BoardColumn,
    @Context() context: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ProjectConnection> {
    const pages = contextLoader(
      context,
      'boardColumnPages',
      () =>
        new DataLoader<ColumnPage, ProjectConnection>(
          (keys) =>
            Promise.all(
              keys.map((key) => this.queries.column(user, key.column, key.first, key.after)),
            ),
          { cache: false },
        ),
    );
    return pages.load({ column, first, after });
  }
}

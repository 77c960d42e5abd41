import { Context, Float, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween, fromCents, toCents, todayIso } from '@luodi/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  contextLoader,
  type GraphQLContext,
  requestListLoader,
  requestLoader,
} from '../../common/request-context';
import { AuditEvent } from '../audit/audit-event.entity';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { User } from '../users/user.entity';
import { Activity } from './entities/activity.entity';
import { CapitalArrival } from './entities/capital-arrival.entity';
import { Investor } from './entities/investor.entity';
import { ProjectMember } from './entities/project-member.entity';
import { Project } from './entities/project.entity';
import { StageTransition } from './entities/stage-transition.entity';
import { FlagsService, type RelatedFacts } from './flags.service';
import { Flag } from './models/flag.model';

/** Loads rows of one entity by id, batched per request. */
function byId<T extends { id: number }>(
  dataSource: DataSource,
  context: GraphQLContext,
  entity: new () => T,
) {
  return requestLoader<number, T>(
    context,
    `${entity.name}ById`,
    (ids) => dataSource.getRepository<T>(entity).findBy({ id: In([...ids]) } as never),
    (row) => row.id,
  );
}

/** Loads a project's child rows, batched per request, in their natural order. */
function childrenOf<T extends { projectId: number | null }>(
  dataSource: DataSource,
  context: GraphQLContext,
  entity: new () => T,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return requestListLoader<number, T>(
    context,
    `${entity.name}ByProject`,
    (ids) =>
      dataSource
        .getRepository<T>(entity)
        .find({ where: { projectId: In([...ids]) } as never, order: order as never }),
    (row) => row.projectId!,
  );
}

/** Projects by id for records that belong to one (交办问题, 督办), batched per request. */
export function projectById(dataSource: DataSource, context: GraphQLContext) {
  return byId(dataSource, context, Project);
}

export function userById(dataSource: DataSource, context: GraphQLContext) {
  return byId(dataSource, context, User);
}

@Resolver(() => Project)
export class ProjectFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly flagsService: FlagsService,
  ) {}

  @ResolveField(() => Investor)
  investor(@Parent() project: Project, @Context() context: GraphQLContext) {
    return byId(this.dataSource, context, Investor).load(project.investorId);
  }

  @ResolveField(() => OrgUnit)
  orgUnit(@Parent() project: Project, @Context() context: GraphQLContext) {
    return byId(this.dataSource, context, OrgUnit).load(project.orgUnitId);
  }

  @ResolveField(() => IndustryChain)
  chain(@Parent() project: Project, @Context() context: GraphQLContext) {
    return byId(this.dataSource, context, IndustryChain).load(project.chainId);
  }

  @ResolveField(() => User, { description: '一对一挂钩专员' })
  owner(@Parent() project: Project, @Context() context: GraphQLContext) {
    return userById(this.dataSource, context).load(project.ownerId);
  }

  @ResolveField(() => User, { nullable: true, description: '包抓领导: exactly one from 签约 on' })
  leader(@Parent() project: Project, @Context() context: GraphQLContext) {
    return project.leaderId === null
      ? null
      : userById(this.dataSource, context).load(project.leaderId);
  }

  @ResolveField(() => [User], { description: '专班: staff on the project besides its owner' })
  async team(@Parent() project: Project, @Context() context: GraphQLContext) {
    const members = await childrenOf(this.dataSource, context, ProjectMember, {
      sortOrder: 'ASC',
    }).load(project.id);
    const users = await userById(this.dataSource, context).loadMany(
      members.map((member) => member.userId),
    );
    return users.filter((user): user is User => user instanceof User);
  }

  @ResolveField(() => Int, {
    description: 'Days since the current stage was entered (until termination)',
  })
  daysInStage(@Parent() project: Project) {
    return Math.max(0, daysBetween(project.stageEnteredOn, project.terminatedOn ?? todayIso()));
  }

  @ResolveField(() => Float, {
    description: '未核实到位资金 (万元): recorded, not yet verified by a supervisor',
  })
  arrivedUnverified(@Parent() project: Project): number {
    return fromCents(toCents(project.arrivedInvestment) - toCents(project.arrivedVerified));
  }

  @ResolveField(() => [Flag])
  async flags(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Flag[]> {
    const relatedFacts = contextLoader(
      context,
      'relatedFlagFacts',
      () =>
        new DataLoader<Project, RelatedFacts, number>(
          async (projects) => {
            const found = await this.flagsService.relatedFacts([...projects]);
            return projects.map((p) => found.get(p.id)!);
          },
          { cacheKeyFn: (p) => p.id },
        ),
    );
    const [related, thresholds] = await Promise.all([
      relatedFacts.load(project),
      this.flagsService.thresholds(),
    ]);
    return this.flagsService.flagsOf(project, related, thresholds, todayIso());
  }

  @ResolveField(() => [CapitalArrival])
  capitalArrivals(@Parent() project: Project, @Context() context: GraphQLContext) {
    return childrenOf(this.dataSource, context, CapitalArrival, {
      arrivedOn: 'ASC',
      id: 'ASC',
    }).load(project.id);
  }

  @ResolveField(() => [Activity])
  activities(@Parent() project: Project, @Context() context: GraphQLContext) {
    return childrenOf(this.dataSource, context, Activity, { happenedOn: 'DESC', id: 'DESC' }).load(
      project.id,
    );
  }

  @ResolveField(() => [StageTransition])
  transitions(@Parent() project: Project, @Context() context: GraphQLContext) {
    return childrenOf(this.dataSource, context, StageTransition, { id: 'ASC' }).load(project.id);
  }

  @ResolveField(() => [AuditEvent], {
    description: 'Every change to the project and its records, oldest first',
  })
  auditEvents(@Parent() project: Project, @Context() context: GraphQLContext) {
    return childrenOf(this.dataSource, context, AuditEvent, { id: 'ASC' }).load(project.id);
  }
}

/** The person behind each record of a project's history. */
function personResolver<T>(
  entity: new () => T,
  field: string,
  userIdOf: (row: T) => number,
  description: string,
) {
  @Resolver(() => entity)
  class PersonFieldResolver {
    constructor(readonly dataSource: DataSource) {}

    @ResolveField(field, () => User, { description })
    person(@Parent() row: T, @Context() context: GraphQLContext) {
      return userById(this.dataSource, context).load(userIdOf(row));
    }
  }
  Object.defineProperty(PersonFieldResolver, 'name', { value: `${entity.name}${field}Resolver` });
  return PersonFieldResolver;
}

export const HISTORY_PERSON_RESOLVERS = [
  personResolver(CapitalArrival, 'recordedBy', (row) => row.recordedById, '登记人'),
  personResolver(Activity, 'by', (row) => row.byId, '跟进人'),
  personResolver(StageTransition, 'by', (row) => row.byId, '操作人'),
];

import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import DataLoader from 'dataloader';
import {
  contextLoader,
  type GraphQLContext,
  requestListLoader,
  requestLoader,
} from '../../common/request-context';
import { OrgUnit } from '../org-units/org-unit.entity';
import { Project } from '../projects/entities/project.entity';
import { projectById, userById } from '../projects/project-fields.resolver';
import { User } from '../users/user.entity';
import { BlockerQueries } from './blocker-queries.service';
import { Blocker } from './entities/blocker.entity';
import { Department } from './entities/department.entity';

@Resolver(() => Blocker)
export class BlockerFieldsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Project)
  project(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    return projectById(this.dataSource, context).load(blocker.projectId);
  }

  @ResolveField(() => Department, { description: '责任部门' })
  department(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    return requestLoader<number, Department>(
      context,
      'blockerDepartment',
      (ids) => this.dataSource.getRepository(Department).findBy({ id: In([...ids]) }),
      (department) => department.id,
    ).load(blocker.departmentId);
  }

  @ResolveField(() => User, { description: '交办人' })
  raisedBy(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    return userById(this.dataSource, context).load(blocker.raisedById);
  }

  @ResolveField(() => User, { nullable: true, description: '销号人' })
  resolvedBy(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    return blocker.resolvedById === null
      ? null
      : userById(this.dataSource, context).load(blocker.resolvedById);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The leader who took the escalated blocker on',
  })
  escalatedTo(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    return blocker.escalatedToId === null
      ? null
      : userById(this.dataSource, context).load(blocker.escalatedToId);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The leader it was escalated to, else the project’s 包抓领导',
  })
  async responsibleLeader(@Parent() blocker: Blocker, @Context() context: GraphQLContext) {
    if (blocker.escalatedToId !== null)
      return userById(this.dataSource, context).load(blocker.escalatedToId);
    const project = await this.project(blocker, context);
    return project?.leaderId ? userById(this.dataSource, context).load(project.leaderId) : null;
  }
}

/** A project's 交办问题, batched per request. */
@Resolver(() => Project)
export class ProjectBlockersResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: BlockerQueries,
  ) {}

  @ResolveField(() => [Blocker], { description: '交办问题, newest first' })
  blockers(@Parent() project: Project, @Context() context: GraphQLContext) {
    return requestListLoader<number, Blocker>(
      context,
      'blockersByProject',
      (ids) =>
        this.dataSource
          .getRepository(Blocker)
          .find({ where: { projectId: In([...ids]) }, order: { raisedOn: 'DESC', id: 'DESC' } }),
      (blocker) => blocker.projectId,
    ).load(project.id);
  }

  @ResolveField(() => [User], {
    description: 'Active leaders at or above the project’s unit: who may take an escalated blocker',
  })
  escalationLeaders(
    @Parent() project: Project,
    @Context() context: GraphQLContext,
  ): Promise<User[]> {
    const loader = contextLoader(
      context,
      'escalationLeadersByUnit',
      () =>
        new DataLoader<number, User[]>(async (orgUnitIds) => {
          const units = await this.dataSource
            .getRepository(OrgUnit)
            .findBy({ id: In([...orgUnitIds]) });
          const chainOf = new Map(
            units.map((unit) => [unit.id, unit.path.split('/').filter(Boolean).map(Number)]),
          );
          const leaders = await this.dataSource.getRepository(User).find({
            where: {
              role: 'LEADER',
              active: true,
              orgUnitId: In([...new Set([...chainOf.values()].flat())]),
            },
            order: { orgUnitId: 'ASC', id: 'ASC' },
          });
          return orgUnitIds.map((id) =>
            leaders.filter((leader) => chainOf.get(id)?.includes(leader.orgUnitId)),
          );
        }),
    );
    return loader.load(project.orgUnitId);
  }

  @ResolveField(() => Int, { description: '交办问题 not yet 销号' })
  openBlockerCount(@Parent() project: Project, @Context() context: GraphQLContext) {
    return requestLoader<number, { projectId: number; count: number }>(
      context,
      'openBlockerCount',
      async (ids) =>
        [...(await this.queries.openCounts(ids))].map(([projectId, count]) => ({
          projectId,
          count,
        })),
      (row) => row.projectId,
    )
      .load(project.id)
      .then((row) => row?.count ?? 0);
  }
}

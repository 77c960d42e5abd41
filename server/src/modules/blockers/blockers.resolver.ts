import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { BlockerQueries } from './blocker-queries.service';
import { BlockersService } from './blockers.service';
import { DepartmentsService } from './departments.service';
import { BlockerFilter, DepartmentInput, RaiseBlockerInput } from './dto/blocker.inputs';
import { Blocker } from './entities/blocker.entity';
import { Department } from './entities/department.entity';
import { BlockerConnection, DispatchSummary } from './models/blocker-connection.model';

@Resolver(() => Blocker)
export class BlockersResolver {
  constructor(
    private readonly blockerWrites: BlockersService,
    private readonly queries: BlockerQueries,
    private readonly departmentsService: DepartmentsService,
  ) {}

  @Query(() => [Department], { description: '责任部门; the active ones unless asked otherwise' })
  departments(
    @Args('includeInactive', { type: () => Boolean, nullable: true }) includeInactive?: boolean,
  ): Promise<Department[]> {
    return this.departmentsService.list(Boolean(includeInactive));
  }

  @Query(() => BlockerConnection, {
    description: '交办问题 in the caller’s scope, earliest due first',
  })
  blockers(
    @CurrentUser() user: User,
    @Args('filter', { type: () => BlockerFilter, nullable: true }) filter?: BlockerFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<BlockerConnection> {
    return this.queries.list(user, filter, first, after);
  }

  @Query(() => DispatchSummary, {
    description: '调度: per department, the blockers raised in the period, 销号 and still open',
  })
  dispatchSummary(
    @CurrentUser() user: User,
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
  ): Promise<DispatchSummary> {
    return this.queries.dispatch(user, from, to, orgUnitId);
  }

  @Mutation(() => Department, { description: 'ADMIN only' })
  createDepartment(
    @CurrentUser() user: User,
    @Args('input', { type: () => DepartmentInput }) input: DepartmentInput,
  ): Promise<Department> {
    return this.departmentsService.create(user, input);
  }

  @Mutation(() => Department, { description: 'ADMIN only' })
  updateDepartment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => DepartmentInput }) input: DepartmentInput,
  ): Promise<Department> {
    return this.departmentsService.update(user, id, version, input);
  }

  @Mutation(() => Blocker, {
    description: '交办: the project’s staff or 包抓领导 hand a problem to a department',
  })
  raiseBlocker(
    @CurrentUser() user: User,
    @Args('input', { type: () => RaiseBlockerInput }) input: RaiseBlockerInput,
  ): Promise<Blocker> {
    return this.blockerWrites.raise(user, input);
  }

  @Mutation(() => Blocker, { description: '销号, with a note on how it was solved' })
  resolveBlocker(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('note', { type: () => String }) note: string,
  ): Promise<Blocker> {
    return this.blockerWrites.resolve(user, id, version, note);
  }

  @Mutation(() => Blocker, { description: '提请领导协调 / 调度会: the leader who takes it on' })
  escalateBlocker(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('leaderId', { type: () => ID }) leaderId: string,
    @Args('note', { type: () => String }) note: string,
  ): Promise<Blocker> {
    return this.blockerWrites.escalate(user, id, version, leaderId, note);
  }

  @Mutation(() => Blocker, { description: 'Takes back a 销号, with the reason' })
  reopenBlocker(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<Blocker> {
    return this.blockerWrites.reopen(user, id, version, reason);
  }
}

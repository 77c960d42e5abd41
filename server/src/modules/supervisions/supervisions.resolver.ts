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
import { awaitsReply, daysBetween, todayIso, type SupervisionStatus } from '@luodi/domain';
import { DataSource, In } from 'typeorm';
import { type GraphQLContext, requestListLoader } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import { Project } from '../projects/entities/project.entity';
import { projectById, userById } from '../projects/project-fields.resolver';
import { User } from '../users/user.entity';
import { IssueSupervisionInput, ReturnSupervisionInput } from './dto/supervision.inputs';
import { Supervision, SupervisionStatusEnum } from './supervision.entity';
import { SupervisionsService, answererId } from './supervisions.service';

@Resolver(() => Supervision)
export class SupervisionsResolver {
  constructor(
    private readonly service: SupervisionsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [Supervision], {
    description: '督办 in scope: awaited answers first by deadline, at most 500',
  })
  supervisions(
    @CurrentUser() user: User,
    @Args('status', { type: () => SupervisionStatusEnum, nullable: true })
    status?: SupervisionStatus,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string,
    @Args('mine', {
      type: () => Boolean,
      nullable: true,
      description: 'Only those the caller must answer (the inbox)',
    })
    mine?: boolean,
    @Args('awaitingReply', { type: () => Boolean, nullable: true }) awaitingReply?: boolean,
  ): Promise<Supervision[]> {
    return this.service.list(user, { status, projectId, mine, awaitingReply });
  }

  @Mutation(() => Supervision, {
    description: 'SUPERVISOR: a notice on a project in scope, with a deadline',
  })
  issueSupervision(
    @CurrentUser() user: User,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input', { type: () => IssueSupervisionInput }) input: IssueSupervisionInput,
  ): Promise<Supervision> {
    return this.service.issue(user, projectId, input);
  }

  @Mutation(() => Supervision, {
    description: 'The project’s 包抓领导 answers (its 挂钩专员 while it has no leader)',
  })
  replySupervision(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reply', { type: () => String }) reply: string,
  ): Promise<Supervision> {
    return this.service.reply(user, id, version, reply);
  }

  @Mutation(() => Supervision, { description: 'SUPERVISOR: 办结 an answered notice' })
  closeSupervision(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<Supervision> {
    return this.service.close(user, id, version, note);
  }

  @Mutation(() => Supervision, { description: 'SUPERVISOR: 退回重办 an answer that is not enough' })
  returnSupervision(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => ReturnSupervisionInput }) input: ReturnSupervisionInput,
  ): Promise<Supervision> {
    return this.service.sendBack(user, id, version, input);
  }

  @ResolveField(() => Project)
  project(@Parent() notice: Supervision, @Context() context: GraphQLContext) {
    return projectById(this.dataSource, context).load(notice.projectId);
  }

  @ResolveField(() => User, { description: '督查 who issued it' })
  issuedBy(@Parent() notice: Supervision, @Context() context: GraphQLContext) {
    return userById(this.dataSource, context).load(notice.issuedById);
  }

  @ResolveField(() => User, { nullable: true })
  repliedBy(@Parent() notice: Supervision, @Context() context: GraphQLContext) {
    return notice.repliedById === null
      ? null
      : userById(this.dataSource, context).load(notice.repliedById);
  }

  @ResolveField(() => User, { nullable: true })
  closedBy(@Parent() notice: Supervision, @Context() context: GraphQLContext) {
    return notice.closedById === null
      ? null
      : userById(this.dataSource, context).load(notice.closedById);
  }

  @ResolveField(() => User, {
    description: 'Who must answer now: the 包抓领导, or the 挂钩专员 while there is none',
  })
  async answerer(@Parent() notice: Supervision, @Context() context: GraphQLContext) {
    const project = await this.project(notice, context);
    return userById(this.dataSource, context).load(answererId(project!));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Days past the deadline while an answer is owed; null otherwise',
  })
  daysOverdue(@Parent() notice: Supervision): number | null {
    const today = todayIso();
    return awaitsReply(notice.status) && notice.dueOn < today
      ? daysBetween(notice.dueOn, today)
      : null;
  }
}

@Resolver(() => Project)
export class ProjectSupervisionsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [Supervision], { description: '督办 on this project, newest first' })
  supervisions(@Parent() project: Project, @Context() context: GraphQLContext) {
    return requestListLoader<number, Supervision>(
      context,
      'SupervisionByProject',
      (ids) =>
        this.dataSource
          .getRepository(Supervision)
          .find({ where: { projectId: In([...ids]) }, order: { id: 'DESC' } }),
      (row) => row.projectId,
    ).load(project.id);
  }
}

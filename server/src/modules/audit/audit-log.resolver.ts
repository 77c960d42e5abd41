import {
  Args,
  Context,
  Field,
  ID,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DataSource, In, IsNull } from 'typeorm';
import { type GraphQLContext, requestLoader } from '../../common/request-context';
import { LocalDate } from '../../common/scalars';
import { CurrentUser } from '../auth/auth.decorators';
import { OrgUnit } from '../org-units/org-unit.entity';
import { PageInfo } from '../projects/models/connection.model';
import { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';

@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEvent)
  node: AuditEvent;
}

@ObjectType({ description: 'A page of the 操作日志, newest first' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

/** Who a failed login with an unknown username is shown as: nobody's account. */
const UNKNOWN_ACTOR_NAME = '（未知用户名）';

@Resolver(() => AuditEvent)
export class AuditLogResolver {
  constructor(
    private readonly service: AuditLogService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'SUPERVISOR and ADMIN: every audit event of every entity, newest first. Dates are days in China time, both inclusive.',
  })
  async auditLog(
    @CurrentUser() viewer: User,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('entity', { type: () => String, nullable: true }) entity?: string,
    @Args('actorId', { type: () => ID, nullable: true }) actorId?: string,
    @Args('action', { type: () => String, nullable: true }) action?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('from', { type: () => LocalDate, nullable: true }) from?: string,
    @Args('to', { type: () => LocalDate, nullable: true }) to?: string,
  ): Promise<AuditEventConnection> {
    const { rows, hasNextPage } = await this.service.page(
      viewer,
      { entity, entityId, actorId, action, from, to },
      first,
      after,
    );
    return {
      edges: rows.map((node) => ({ cursor: String(node.id), node })),
      pageInfo: { hasNextPage, endCursor: rows.length ? String(rows[rows.length - 1].id) : null },
    };
  }

  @ResolveField(() => User, { description: '操作人 (for a failed login: the account tried)' })
  async actor(@Parent() event: AuditEvent, @Context() context: GraphQLContext): Promise<User> {
    if (event.actorId !== null) {
      const user = await requestLoader(
        context,
        'auditActor',
        (ids: readonly number[]) =>
          this.dataSource.getRepository(User).findBy({ id: In([...ids]) }),
        (user) => user.id,
      ).load(event.actorId);
      if (user) return user;
    }
    return this.unknownActor(event);
  }

  /** A stand-in (id 0) so that `actor` stays non-null for attempts on no account. */
  private async unknownActor(event: AuditEvent): Promise<User> {
    const root = await this.dataSource
      .getRepository(OrgUnit)
      .findOne({ where: { parentId: IsNull() }, order: { id: 'ASC' } });
    let tried = '';
    try {
      tried = String(JSON.parse(event.changes)?.username?.after ?? '');
    } catch {
      tried = '';
    }
    return Object.assign(new User(), {
      id: 0,
      username: tried.slice(0, 32),
      name: UNKNOWN_ACTOR_NAME,
      role: 'STAFF',
      orgUnitId: root?.id ?? 0,
      active: false,
      mustChangePassword: false,
      passwordChangedAt: null,
      createdAt: event.at,
      passwordHash: '',
    });
  }
}

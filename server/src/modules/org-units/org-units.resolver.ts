import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext, requestLoader } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnit)
export class OrgUnitsResolver {
  constructor(private readonly orgUnitsService: OrgUnitsService) {}

  @Query(() => [OrgUnit], {
    description: 'The caller’s org unit and everything under it (all for admins)',
  })
  orgUnits(@CurrentUser() viewer: User): Promise<OrgUnit[]> {
    return this.orgUnitsService.listInScope(viewer);
  }

  @ResolveField(() => OrgUnit, { nullable: true })
  parent(@Parent() unit: OrgUnit, @Context() context: GraphQLContext): Promise<OrgUnit | null> {
    if (unit.parentId === null) return Promise.resolve(null);
    return requestLoader(
      context,
      'orgUnit',
      (ids: readonly number[]) => this.orgUnitsService.findByIds(ids),
      (found) => found.id,
    ).load(unit.parentId);
  }
}

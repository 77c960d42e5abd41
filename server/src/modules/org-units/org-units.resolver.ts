import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type GraphQLContext, requestLoader } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { OrgUnitInput } from './dto/org-unit.input';
import { OrgUnitAdminService } from './org-unit-admin.service';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnit)
export class OrgUnitsResolver {
  constructor(
    private readonly orgUnitsService: OrgUnitsService,
    private readonly admin: OrgUnitAdminService,
  ) {}

  @Mutation(() => OrgUnit, { description: 'ADMIN only: adds a 市, 县市区, 园区 or 乡镇/街道' })
  createOrgUnit(@CurrentUser() actor: User, @Args('input') input: OrgUnitInput): Promise<OrgUnit> {
    return this.admin.create(actor, input);
  }

  @Mutation(() => OrgUnit, {
    description: 'ADMIN only: renames or moves a unit (its whole subtree moves with it)',
  })
  updateOrgUnit(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrgUnitInput,
  ): Promise<OrgUnit> {
    return this.admin.update(actor, id, input);
  }

  @Mutation(() => OrgUnit, {
    description: 'ADMIN only: deactivates a unit nothing live depends on, or reactivates it',
  })
  setOrgUnitActive(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<OrgUnit> {
    return this.admin.setActive(actor, id, active);
  }

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

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
import { DataSource, In } from 'typeorm';
import {
  type GraphQLContext,
  requestListLoader,
  requestLoader,
} from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import { Department } from '../blockers/entities/department.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { userById } from '../projects/project-fields.resolver';
import { User } from '../users/user.entity';
import { ChainsService } from './chains.service';
import { ChainInput } from './dto/chain.input';
import { IndustryChain } from './industry-chain.entity';

@Resolver(() => IndustryChain)
export class ChainsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chainsService: ChainsService,
  ) {}

  @Query(() => [IndustryChain], {
    description: 'Every chain, the retired ones last (their projects keep them); check `active`',
  })
  chains(): Promise<IndustryChain[]> {
    return this.chainsService.list();
  }

  @Mutation(() => IndustryChain, { description: 'ADMIN only' })
  createChain(
    @CurrentUser() actor: User,
    @Args('input') input: ChainInput,
  ): Promise<IndustryChain> {
    return this.chainsService.create(actor, input);
  }

  @Mutation(() => IndustryChain, {
    description: 'ADMIN only; optional fields left out stay as they are, null clears them',
  })
  updateChain(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChainInput,
  ): Promise<IndustryChain> {
    return this.chainsService.update(actor, id, input);
  }

  @Mutation(() => IndustryChain, {
    description: 'ADMIN only: false retires (撤销) the chain, true restores it',
  })
  setChainActive(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<IndustryChain> {
    return this.chainsService.setActive(actor, id, active);
  }

  @ResolveField(() => User, { nullable: true, description: '链长' })
  chainLeader(@Parent() chain: IndustryChain, @Context() context: GraphQLContext) {
    return chain.chainLeaderId === null
      ? null
      : userById(this.dataSource, context).load(chain.chainLeaderId);
  }

  @ResolveField(() => Department, { nullable: true, description: '牵头单位' })
  leadDepartment(@Parent() chain: IndustryChain, @Context() context: GraphQLContext) {
    if (chain.leadDepartmentId === null) return null;
    return requestLoader(
      context,
      'departmentById',
      (ids: readonly number[]) =>
        this.dataSource.getRepository(Department).findBy({ id: In([...ids]) }),
      (department) => department.id,
    ).load(chain.leadDepartmentId);
  }

  @ResolveField(() => [OrgUnit], { description: '重点园区' })
  async keyParks(@Parent() chain: IndustryChain, @Context() context: GraphQLContext) {
    const rows = await requestListLoader(
      context,
      'chainKeyParks',
      (ids: readonly number[]) => this.chainsService.keyParkIds(ids),
      (row) => row.chainId,
    ).load(chain.id);
    const units = await requestLoader(
      context,
      'orgUnit',
      (ids: readonly number[]) =>
        this.dataSource.getRepository(OrgUnit).findBy({ id: In([...ids]) }),
      (unit) => unit.id,
    ).loadMany(rows.map((row) => row.orgUnitId));
    return units.filter((unit): unit is OrgUnit => unit !== null && !(unit instanceof Error));
  }
}

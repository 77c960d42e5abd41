import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GraphQLContext } from '../../common/request-context';
import { userById } from '../projects/project-fields.resolver';
import { User } from '../users/user.entity';
import { IndustryChain } from './industry-chain.entity';

@Resolver(() => IndustryChain)
export class ChainsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [IndustryChain])
  chains(): Promise<IndustryChain[]> {
    return this.dataSource.getRepository(IndustryChain).find({ order: { id: 'ASC' } });
  }

  @ResolveField(() => User, { nullable: true, description: '链长' })
  chainLeader(@Parent() chain: IndustryChain, @Context() context: GraphQLContext) {
    return chain.chainLeaderId === null
      ? null
      : userById(this.dataSource, context).load(chain.chainLeaderId);
  }
}

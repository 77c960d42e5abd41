import { Args, Context, Float, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors';
import type { GraphQLContext } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import { OrgUnitsService } from '../org-units/org-units.service';
import { Investor } from '../projects/entities/investor.entity';
import { Project } from '../projects/entities/project.entity';
import type { User } from '../users/user.entity';

interface InvestorTotals {
  contracted: number;
  arrived: number;
}

/**
 * 客商 page: an investor's projects across the caller's scope, with their contracted and
 * arrived money summed in SQL over the same projects.
 */
@Resolver(() => Investor)
export class InvestorsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private async inScope(viewer: User, investorId: number) {
    const scope = await this.orgUnits.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.investorId = :investorId', { investorId });
    if (!scope.all)
      query.andWhere('p.orgUnitId IN (:...units)', {
        units: scope.orgUnitIds.length ? scope.orgUnitIds : [-1],
      });
    return query;
  }

  @Query(() => Investor, {
    description: 'One investor, when it has a project in the caller’s scope (admins: any)',
  })
  async investor(
    @CurrentUser() viewer: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Investor> {
    const investorId = /^\d{1,15}$/.test(id) ? Number(id) : null;
    const investor = investorId
      ? await this.dataSource.getRepository(Investor).findOneBy({ id: investorId })
      : null;
    if (!investor) throw notFound('投资方不存在或不在您的管辖范围内');
    if (
      viewer.role !== 'ADMIN' &&
      (await (await this.inScope(viewer, investor.id)).getCount()) === 0
    )
      throw notFound('投资方不存在或不在您的管辖范围内');
    return investor;
  }

  @ResolveField(() => [Project], {
    description: 'Its projects in the caller’s scope, terminated ones included, newest first',
  })
  async projects(@Parent() investor: Investor, @CurrentUser() viewer: User): Promise<Project[]> {
    return (await this.inScope(viewer, investor.id)).orderBy('p.id', 'DESC').take(500).getMany();
  }

  private async totals(
    investor: Investor,
    viewer: User,
    context: GraphQLContext & { investorTotals?: Map<number, Promise<InvestorTotals>> },
  ): Promise<InvestorTotals> {
    context.investorTotals ??= new Map();
    let totals = context.investorTotals.get(investor.id);
    if (!totals) {
      totals = this.inScope(viewer, investor.id).then(async (query) => {
        const row = await query
          .select('ROUND(COALESCE(SUM(p.contractedInvestment), 0), 2)', 'contracted')
          .addSelect('ROUND(COALESCE(SUM(p.arrivedInvestment), 0), 2)', 'arrived')
          .getRawOne<{ contracted: string | number; arrived: string | number }>();
        return { contracted: Number(row?.contracted ?? 0), arrived: Number(row?.arrived ?? 0) };
      });
      context.investorTotals.set(investor.id, totals);
    }
    return totals;
  }

  @ResolveField(() => Float, { description: 'Σ 合同引资额 of its projects in scope, 万元' })
  async totalContracted(
    @Parent() investor: Investor,
    @CurrentUser() viewer: User,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    return (await this.totals(investor, viewer, context)).contracted;
  }

  @ResolveField(() => Float, { description: 'Σ 到位资金 of its projects in scope, 万元' })
  async totalArrived(
    @Parent() investor: Investor,
    @CurrentUser() viewer: User,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    return (await this.totals(investor, viewer, context)).arrived;
  }
}

import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Stage } from '@luodi/domain';
import type { ProjectFilter } from '../dto/project.inputs';
import { Project, StageEnum } from '../entities/project.entity';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class ProjectEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Project)
  node: Project;
}

@ObjectType()
export class ProjectConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ProjectEdge])
  edges: ProjectEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'One stage of the Kanban board' })
export class BoardColumn {
  @Field(() => StageEnum)
  stage: Stage;

  @Field(() => Int)
  totalCount: number;

  @Field(() => Float, { description: 'Σ 合同引资额 of the column (万元)' })
  totalContracted: number;

  @Field(() => Float, { description: 'Σ 计划投资额 of the column (万元): what 在谈 cards show' })
  totalPlanned: number;

  /** The board's filter, so each column pages on its own with the same criteria. */
  filter: ProjectFilter | null;
}

@ObjectType()
export class Board {
  @Field(() => [BoardColumn])
  columns: BoardColumn[];
}

import { Injectable } from '@nestjs/common';
import { cleanText, creditCodeError, normaliseCreditCode } from '@luodi/domain';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import type { User } from '../users/user.entity';
import type { DuplicateCandidate } from './models/duplicate-candidate.model';
import { ProjectLookup } from './project-lookup.service';

export interface DuplicateQuery {
  /** An existing project: its own investor and name are checked, and it is left out. */
  projectId?: string | null;
  investorName?: string | null;
  investorCreditCode?: string | null;
  projectName?: string | null;
}

interface CandidateRow {
  code: string;
  name: string;
  investorName: string;
  creditCode: string | null;
  orgUnitName: string;
  stage: DuplicateCandidate['stage'];
  signedOn: string | null;
}

/** The warning before saving (domain.md DUPLICATE): the same credit code, or the same investor and project name. */
@Injectable()
export class DuplicateCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lookup: ProjectLookup,
  ) {}

  async candidates(user: User, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
    let { investorName, investorCreditCode, projectName } = query;
    let excludeId = 0;
    if (query.projectId) {
      const project = await this.lookup.visible(user, query.projectId);
      const [investor] = await this.dataSource.query(
        'SELECT name, creditCode FROM investor WHERE id = ?',
        [project.investorId],
      );
      ({ name: investorName, creditCode: investorCreditCode } = investor);
      projectName = project.name;
      excludeId = project.id;
    }
    const name = cleanText(investorName, 'investorName', {
      required: false,
      max: 100,
      label: '投资方名称',
    }).value;
    const title = cleanText(projectName, 'projectName', {
      required: false,
      max: 100,
      label: '项目名称',
    }).value;
    const code = investorCreditCode?.trim() ? normaliseCreditCode(investorCreditCode) : null;
    if (code && creditCodeError(code))
      throw badInput({ investorCreditCode: creditCodeError(code)! });
    if (!code && !(name && title)) return [];
    const rows: CandidateRow[] = await this.dataSource
      .createQueryBuilder()
      .select([
        'p.code AS code',
        'p.name AS name',
        'i.name AS investorName',
        'i.creditCode AS creditCode',
        'o.name AS orgUnitName',
        'p.stage AS stage',
        'p.signedOn AS signedOn',
      ])
      .from('project', 'p')
      .innerJoin('investor', 'i', 'i.id = p.investorId')
      .innerJoin('org_unit', 'o', 'o.id = p.orgUnitId')
      .where("p.status = 'ACTIVE' AND p.id <> :excludeId", { excludeId })
      .andWhere(
        code
          ? '(i.creditCode = :code OR (i.name = :name AND p.name = :title))'
          : '(i.name = :name AND p.name = :title)',
        {
          code,
          name: name ?? '',
          title: title ?? '',
        },
      )
      .orderBy('p.signedOn IS NULL', 'ASC')
      .addOrderBy('p.signedOn', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(20)
      .getRawMany();
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      investorName: row.investorName,
      orgUnitName: row.orgUnitName,
      stage: row.stage,
      signedOn: row.signedOn ? String(row.signedOn).slice(0, 10) : null,
      matchedBy: code && row.creditCode === code ? '同一信用代码' : '同一投资方和项目名称',
    }));
  }
}

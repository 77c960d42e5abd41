import { Injectable } from '@nestjs/common';
import { amountError, cleanText, isIsoDate, todayIso } from '@luodi/domain';
import { requireRole } from '../../common/access';
import { FieldErrorCollector, badInput, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import type { CapitalArrivalInput } from './dto/project.inputs';
import { CapitalArrival } from './entities/capital-arrival.entity';
import { Project } from './entities/project.entity';
import { FlagsService } from './flags.service';
import { LATER_PROGRESS_SQL, ProjectLookup, readingLatest } from './project-lookup.service';

const ARRIVAL_FIELDS: (keyof CapitalArrival)[] = ['amount', 'arrivedOn', 'voucherNo', 'verified'];

@Injectable()
export class CapitalService {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  async record(actor: User, projectId: string, input: CapitalArrivalInput): Promise<CapitalArrival> {
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.workable(actor, projectId, manager);
      const errors = new FieldErrorCollector();
      const today = todayIso();
      errors.add('amount', amountError(input.amount, { allowZero: false }));
      const voucher = cleanText(input.voucherNo, 'voucherNo', { required: true, max: 64, label: '凭证号' });
      errors.add('voucherNo', voucher.error);
      if (project.status === 'TERMINATED') errors.add('projectId', '已终止的项目不能登记到位资金');
      if (!project.signedOn) errors.add('arrivedOn', '签约后才能登记到位资金');
      else if (!isIsoDate(input.arrivedOn)) errors.add('arrivedOn', '日期格式应为 YYYY-MM-DD');
      else if (input.arrivedOn > today) errors.add('arrivedOn', '到位日期不能晚于今天');
      else if (input.arrivedOn < project.signedOn) errors.add('arrivedOn', `到位日期不能早于签约日期 ${project.signedOn}`);
      errors.throwIfAny();
      const arrivals = manager.getRepository(CapitalArrival);
      // Increment in SQL and touch the project row first: concurrent arrivals queue on its lock
      // and the stored total always equals the sum of the rows.
      const touched = await manager
        .createQueryBuilder()
        .update(Project)
        .set({
          arrivedInvestment: () => `ROUND(arrivedInvestment + ${Number(input.amount).toFixed(2)}, 2)`,
          lastProgressOn: () => LATER_PROGRESS_SQL,
          updatedAt: new Date(),
        })
        .where('id = :id AND status = :active', { id: project.id, active: 'ACTIVE', progressOn: input.arrivedOn })
        .execute();
      if (!touched.affected) throw badInput({ projectId: '已终止的项目不能登记到位资金' });
      // Checked while holding the project's lock, so the same voucher sent twice at once counts once.
      const duplicate = arrivals.createQueryBuilder('a').select('a.id').where('a.projectId = :projectId AND a.voucherNo = :voucherNo', {
        projectId: project.id,
        voucherNo: voucher.value,
      });
      if (await readingLatest(manager, duplicate).getOne()) throw badInput({ voucherNo: '该凭证号已在本项目登记过' });
      const arrival = await arrivals.save({
        projectId: project.id,
        amount: input.amount,
        arrivedOn: input.arrivedOn,
        voucherNo: voucher.value!,
        verified: false,
        verifiedById: null,
        verifiedAt: null,
        recordedById: actor.id,
        recordedAt: new Date(),
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'RECORD_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: arrival.id,
        projectId: project.id,
        changes: diffFields(null, arrival, ARRIVAL_FIELDS),
      });
      await this.flags.refresh(manager, [project.id]);
      return arrival;
    });
  }

  async verify(actor: User, arrivalId: string): Promise<CapitalArrival> {
    requireRole(actor, 'SUPERVISOR');
    return this.transactions.run(async (manager) => {
      const arrivals = manager.getRepository(CapitalArrival);
      const before = /^\d+$/.test(arrivalId) ? await arrivals.findOneBy({ id: Number(arrivalId) }) : null;
      if (!before) throw notFound('到位资金记录不存在');
      await this.lookup.visible(actor, before.projectId, manager);
      // Verified only if nobody verified it meanwhile: the check and the write are one statement.
      const verified = await manager
        .createQueryBuilder()
        .update(CapitalArrival)
        .set({ verified: true, verifiedById: actor.id, verifiedAt: new Date() })
        .where('id = :id AND verified = :unverified', { id: before.id, unverified: false })
        .execute();
      if (before.verified || !verified.affected) throw badInput({ id: '该笔到位资金已核实' });
      const after = await arrivals.findOneByOrFail({ id: before.id });
      await manager
        .createQueryBuilder()
        .update(Project)
        .set({ arrivedVerified: () => `ROUND(arrivedVerified + ${Number(before.amount).toFixed(2)}, 2)` })
        .where('id = :id', { id: before.projectId })
        .execute();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'VERIFY_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: before.id,
        projectId: before.projectId,
        changes: diffFields(before, after, ARRIVAL_FIELDS),
      });
      return after;
    });
  }
}

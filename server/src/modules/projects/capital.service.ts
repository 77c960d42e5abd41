import { Injectable } from '@nestjs/common';
import { amountError, cleanText, isIsoDate, todayIso } from '@luodi/domain';
import type { EntityManager } from 'typeorm';
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
/** What a supervisor's check of an arrival changes. */
const DECISION_FIELDS: (keyof CapitalArrival)[] = ['verified', 'rejected', 'rejectionReason'];

@Injectable()
export class CapitalService {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  async record(
    actor: User,
    projectId: string,
    input: CapitalArrivalInput,
  ): Promise<CapitalArrival> {
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.workable(actor, projectId, manager);
      const errors = new FieldErrorCollector();
      const today = todayIso();
      errors.add('amount', amountError(input.amount, { allowZero: false }));
      const voucher = cleanText(input.voucherNo, 'voucherNo', {
        required: true,
        max: 64,
        label: '凭证号',
      });
      errors.add('voucherNo', voucher.error);
      if (project.status === 'TERMINATED') errors.add('projectId', '已终止的项目不能登记到位资金');
      if (!project.signedOn) errors.add('arrivedOn', '签约后才能登记到位资金');
      else if (!isIsoDate(input.arrivedOn)) errors.add('arrivedOn', '日期格式应为 YYYY-MM-DD');
      else if (input.arrivedOn > today) errors.add('arrivedOn', '到位日期不能晚于今天');
      else if (input.arrivedOn < project.signedOn)
        errors.add('arrivedOn', `到位日期不能早于签约日期 ${project.signedOn}`);
      errors.throwIfAny();
      const arrivals = manager.getRepository(CapitalArrival);
      // Increment in SQL and touch the project row first: concurrent arrivals queue on its lock
      // and the stored total always equals the sum of the rows.
      const touched = await manager
        .createQueryBuilder()
        .update(Project)
        .set({
          arrivedInvestment: () =>
            `ROUND(arrivedInvestment + ${Number(input.amount).toFixed(2)}, 2)`,
          lastProgressOn: () => LATER_PROGRESS_SQL,
          updatedAt: new Date(),
        })
        .where('id = :id AND status = :active', {
          id: project.id,
          active: 'ACTIVE',
          progressOn: input.arrivedOn,
        })
        .execute();
      if (!touched.affected) throw badInput({ projectId: '已终止的项目不能登记到位资金' });
      // Checked while holding the project's lock, so the same voucher sent twice at once counts once.
      const duplicate = arrivals
        .createQueryBuilder('a')
        .select('a.id')
        .where('a.projectId = :projectId AND a.voucherNo = :voucherNo', {
          projectId: project.id,
          voucherNo: voucher.value,
        });
      if (await readingLatest(manager, duplicate).getOne())
        throw badInput({ voucherNo: '该凭证号已在本项目登记过' });
      const arrival = await arrivals.save({
        projectId: project.id,
        amount: input.amount,
        arrivedOn: input.arrivedOn,
        voucherNo: voucher.value!,
        verified: false,
        verifiedById: null,
        verifiedAt: null,
        rejected: false,
        rejectionReason: null,
        rejectedById: null,
        rejectedAt: null,
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
      const before = await this.visibleArrival(actor, arrivalId, manager);
      // Verified only if nobody checked it meanwhile: the check and the write are one statement.
      const verified = await manager
        .createQueryBuilder()
        .update(CapitalArrival)
        .set({ verified: true, verifiedById: actor.id, verifiedAt: new Date() })
        .where('id = :id AND verified = :no AND rejected = :no', { id: before.id, no: false })
        .execute();
      if (!verified.affected)
        throw badInput({
          id: before.rejected ? '该笔到位资金已被核查否定，不能再核实' : '该笔到位资金已核实',
        });
      const after = await arrivals.findOneByOrFail({ id: before.id });
      await manager
        .createQueryBuilder()
        .update(Project)
        .set({
          arrivedVerified: () => `ROUND(arrivedVerified + ${Number(before.amount).toFixed(2)}, 2)`,
        })
        .where('id = :id', { id: before.projectId })
        .execute();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'VERIFY_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: before.id,
        projectId: before.projectId,
        changes: diffFields(before, after, DECISION_FIELDS),
      });
      return after;
    });
  }

  /**
   * 核查否定: the money did not arrive as recorded. The arrival stays on file with the reason, and
   * stops counting towards 到位资金, so the flags see the project as it really is.
   */
  async reject(actor: User, arrivalId: string, reasonText: string): Promise<CapitalArrival> {
    requireRole(actor, 'SUPERVISOR');
    return this.transactions.run(async (manager) => {
      const before = await this.visibleArrival(actor, arrivalId, manager);
      const reason = cleanText(reasonText, 'reason', {
        required: true,
        max: 200,
        label: '否定理由',
      });
      if (reason.error) throw badInput({ reason: reason.error });
      // The project row first: arrivals recorded at the same moment queue on its lock.
      await manager
        .createQueryBuilder()
        .update(Project)
        .set({
          arrivedInvestment: () =>
            `ROUND(arrivedInvestment - ${Number(before.amount).toFixed(2)}, 2)`,
          updatedAt: new Date(),
        })
        .where('id = :id', { id: before.projectId })
        .execute();
      const rejected = await manager
        .createQueryBuilder()
        .update(CapitalArrival)
        .set({
          rejected: true,
          rejectionReason: reason.value,
          rejectedById: actor.id,
          rejectedAt: new Date(),
        })
        .where('id = :id AND verified = :no AND rejected = :no', { id: before.id, no: false })
        .execute();
      if (!rejected.affected)
        throw badInput({
          id: before.verified ? '该笔到位资金已核实，不能再否定' : '该笔到位资金已被否定',
        });
      const after = await manager.getRepository(CapitalArrival).findOneByOrFail({ id: before.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'REJECT_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: before.id,
        projectId: before.projectId,
        changes: diffFields(before, after, DECISION_FIELDS),
      });
      await this.flags.refresh(manager, [before.projectId]);
      return after;
    });
  }

  private async visibleArrival(
    actor: User,
    arrivalId: string,
    manager: EntityManager,
  ): Promise<CapitalArrival> {
    const arrival = /^\d+$/.test(arrivalId)
      ? await manager.getRepository(CapitalArrival).findOneBy({ id: Number(arrivalId) })
      : null;
    if (!arrival) throw notFound('到位资金记录不存在');
    await this.lookup.visible(actor, arrival.projectId, manager);
    return arrival;
  }
}

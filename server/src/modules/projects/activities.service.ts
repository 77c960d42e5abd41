import { Injectable } from '@nestjs/common';
import { ACTIVITY_KINDS, cleanText, isIsoDate, todayIso } from '@luodi/domain';
import { FieldErrorCollector } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import type { ActivityInput } from './dto/project.inputs';
import { Activity } from './entities/activity.entity';
import { Project } from './entities/project.entity';
import { FlagsService } from './flags.service';
import { LATER_PROGRESS_SQL, ProjectLookup } from './project-lookup.service';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: User, projectId: string, input: ActivityInput): Promise<Activity> {
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.workable(actor, projectId, manager);
      const errors = new FieldErrorCollector();
      if (!(ACTIVITY_KINDS as readonly string[]).includes(input.kind))
        errors.add('kind', '请选择有效的跟进方式');
      const summary = cleanText(input.summary, 'summary', {
        required: true,
        max: 2000,
        label: '跟进内容',
      });
      errors.add('summary', summary.error);
      if (!isIsoDate(input.happenedOn)) errors.add('happenedOn', '日期格式应为 YYYY-MM-DD');
      else if (input.happenedOn > todayIso()) errors.add('happenedOn', '跟进日期不能晚于今天');
      errors.throwIfAny();
      // A follow-up is progress only while negotiating; later, only facts count (domain.md).
      // The project row is written (and locked) before the activity row, whose foreign key would
      // otherwise share-lock it first and deadlock simultaneous follow-ups.
      if (project.stage === 'NEGOTIATING') {
        await manager
          .createQueryBuilder()
          .update(Project)
          .set({ lastProgressOn: () => LATER_PROGRESS_SQL })
          .where('id = :id', { id: project.id, progressOn: input.happenedOn })
          .execute();
      }
      const activity = await manager.getRepository(Activity).save({
        projectId: project.id,
        kind: input.kind,
        summary: summary.value!,
        happenedOn: input.happenedOn,
        byId: actor.id,
        createdAt: new Date(),
      });
      if (project.stage === 'NEGOTIATING') await this.flags.refresh(manager, [project.id]);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'ADD_ACTIVITY',
        entity: 'Activity',
        entityId: activity.id,
        projectId: project.id,
        changes: diffFields(null, activity, ['kind', 'summary', 'happenedOn']),
      });
      return activity;
    });
  }
}

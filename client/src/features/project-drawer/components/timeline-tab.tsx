import {
  ACTIVITY_KIND_LABELS,
  STAGE_LABELS,
  formatWan,
  isForwardMove,
  type ActivityKind,
} from '@luodi/domain';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useT, type MessageKey } from '../../../shared/i18n';
import type { ProjectDrawerState } from '../hooks/use-project-drawer';
import { fieldLabel, formatFieldValue, type FormatContext } from './field-format';
import { buildTimeline, type FieldChange, type TimelineEntry } from './timeline-model';

const ACTION_KEYS: Record<string, MessageKey> = {
  CREATE: 'timeline.action.CREATE',
  UPDATE: 'timeline.action.UPDATE',
  CHANGE_LEADER: 'timeline.action.CHANGE_LEADER',
  MOVE: 'timeline.action.MOVE',
  CORRECT_STAGE: 'timeline.action.CORRECT_STAGE',
  UNDO: 'timeline.action.UNDO',
  TERMINATE: 'timeline.action.TERMINATE',
  REORDER: 'timeline.action.REORDER',
  RECORD_ARRIVAL: 'timeline.action.RECORD_ARRIVAL',
  VERIFY_ARRIVAL: 'timeline.action.VERIFY_ARRIVAL',
  ADD_ACTIVITY: 'timeline.action.ADD_ACTIVITY',
  REJECT_ARRIVAL: 'timeline.action.REJECT_ARRIVAL',
  ISSUE_SUPERVISION: 'timeline.action.ISSUE_SUPERVISION',
  REPLY_SUPERVISION: 'timeline.action.REPLY_SUPERVISION',
  RETURN_SUPERVISION: 'timeline.action.RETURN_SUPERVISION',
  CLOSE_SUPERVISION: 'timeline.action.CLOSE_SUPERVISION',
  RAISE_BLOCKER: 'timeline.action.RAISE_BLOCKER',
  ESCALATE_BLOCKER: 'timeline.action.ESCALATE_BLOCKER',
  RESOLVE_BLOCKER: 'timeline.action.RESOLVE_BLOCKER',
  REOPEN_BLOCKER: 'timeline.action.REOPEN_BLOCKER',
};

/** Board order is not a fact about the project; its before → after numbers mean nothing to a reader. */
const HIDDEN_FIELDS = new Set(['position']);

function Changes({ changes, ctx }: { changes: FieldChange[]; ctx: FormatContext }) {
  const shown = changes.filter((change) => !HIDDEN_FIELDS.has(change.field));
  if (shown.length === 0) return null;
  return (
    <ul
      style={{ margin: '4px 0 0', paddingInlineStart: 18, color: 'rgba(0,0,0,0.65)', fontSize: 13 }}
    >
      {shown.map((change) => (
        <li key={change.field}>
          {ctx.t('timeline.change', {
            field: fieldLabel(change.field, ctx),
            before: formatFieldValue(change.field, change.before, ctx),
            after: formatFieldValue(change.field, change.after, ctx),
          })}
        </li>
      ))}
    </ul>
  );
}

function entryTitle(entry: TimelineEntry, ctx: FormatContext): { title: string; color: string } {
  const { t, bilingual } = ctx;
  switch (entry.kind) {
    case 'transition':
      if (entry.from === null) {
        return {
          title: t('timeline.created', { stage: bilingual(STAGE_LABELS[entry.to]) }),
          color: 'gray',
        };
      }
      return !isForwardMove(entry.from, entry.to)
        ? {
            title: t('timeline.corrected', {
              from: bilingual(STAGE_LABELS[entry.from]),
              to: bilingual(STAGE_LABELS[entry.to]),
            }),
            color: 'red',
          }
        : {
            title: t('timeline.moved', {
              from: bilingual(STAGE_LABELS[entry.from]),
              to: bilingual(STAGE_LABELS[entry.to]),
            }),
            color: 'blue',
          };
    case 'arrival':
      return {
        title: t('timeline.arrival', { amount: formatWan(entry.amount, ctx.lang) }),
        color: 'green',
      };
    case 'activity': {
      const label = ACTIVITY_KIND_LABELS[entry.activityKind as ActivityKind];
      return {
        title: t('timeline.activity', { kind: label ? bilingual(label) : entry.activityKind }),
        color: 'gray',
      };
    }
    case 'audit': {
      const key = ACTION_KEYS[entry.action];
      return {
        title: key ? t(key) : entry.action,
        color: entry.action === 'TERMINATE' ? 'red' : 'gray',
      };
    }
  }
}

function EntryDetail({ entry, ctx }: { entry: TimelineEntry; ctx: FormatContext }) {
  const { t } = ctx;
  switch (entry.kind) {
    case 'transition':
      return entry.note ? (
        <Typography.Text>{t('timeline.note', { note: entry.note })}</Typography.Text>
      ) : null;
    case 'arrival':
      return (
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">
            {t('timeline.arrivalDetail', { date: entry.arrivedOn, voucher: entry.voucherNo })}
          </Typography.Text>
          <Tag color={entry.verified ? 'green' : 'default'}>
            {t(entry.verified ? 'arrivals.verified' : 'arrivals.unverified')}
          </Tag>
        </Flex>
      );
    case 'activity':
      return (
        <Typography.Text>
          {t('timeline.activityDetail', { date: entry.happenedOn, summary: entry.summary })}
        </Typography.Text>
      );
    default:
      return null;
  }
}

export function TimelineTab({ state, ctx }: { state: ProjectDrawerState; ctx: FormatContext }) {
  const t = useT();
  const project = state.project!;
  const entries = useMemo(() => buildTimeline(project), [project]);
  if (entries.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <Timeline
      items={entries.map((entry) => {
        const { title, color } = entryTitle(entry, ctx);
        return {
          key: entry.key,
          color,
          content: (
            <div data-testid="timeline-entry">
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('timeline.byAt', {
                    name: entry.who.name,
                    at: dayjs(entry.at).format('YYYY-MM-DD HH:mm'),
                  })}
                </Typography.Text>
              </Flex>
              <EntryDetail entry={entry} ctx={ctx} />
              <Changes changes={entry.changes} ctx={ctx} />
            </div>
          ),
        };
      })}
    />
  );
}

import { FLAG_LABELS, STAGE_LABELS } from '@luodi/domain';
import { Alert, Drawer, Flex, Result, Skeleton, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useBilingual, useFlagReason, useLocale, useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { useProjectDrawer, type ProjectDrawerState } from '../hooks/use-project-drawer';
import { ActivitiesTab } from './activities-tab';
import { ArrivalsTab } from './arrivals-tab';
import type { FormatContext } from './field-format';
import { LeaderTab } from './leader-tab';
import { OverviewTab } from './overview-tab';
import { TerminateTab } from './terminate-tab';
import { TimelineTab } from './timeline-tab';

export interface ProjectDrawerProps {
  projectId: string | null;
  onClose: () => void;
  /** The project was terminated: it leaves the board. */
  onTerminated: (projectId: string) => void;
  /** Tabs other features add (交办问题, 督办 …), placed before 终止. */
  extraTabs?: (project: ExtraTabProject) => DrawerTab[];
  /** The tab to open on; the overview when left out. */
  initialTab?: string;
}

export interface ExtraTabProject {
  id: string;
  status: string;
  /** Reload the project after a change made in another feature's tab (its flags may change). */
  refetch: () => Promise<unknown>;
}

export interface DrawerTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

function DrawerTitle({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const bilingual = useBilingual();
  const project = state.project;
  if (!project) return <span>{t('drawer.title')}</span>;
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <span>{project.name}</span>
        <Tag color="red">{bilingual(STAGE_LABELS[project.stage])}</Tag>
        {project.status === 'TERMINATED' && <Tag>{t('drawer.terminated')}</Tag>}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
        {t('drawer.subtitle', {
          code: project.code,
          investor: project.investor.name,
          days: project.daysInStage,
        })}
      </Typography.Text>
    </Flex>
  );
}

function DrawerBody({
  state,
  onTerminated,
  extraTabs,
  initialTab,
}: {
  state: ProjectDrawerState;
  onTerminated: (id: string) => void;
  extraTabs?: ProjectDrawerProps['extraTabs'];
  initialTab?: string;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const flagReason = useFlagReason();
  const { locale } = useLocale();
  const { project, names } = state;
  const ctx: FormatContext = useMemo(
    () => ({ t, bilingual, lang: locale === 'zh-CN' ? 'zh' : 'en', ...names }),
    [t, bilingual, locale, names],
  );

  if (!project) {
    if (state.error) return <PageError error={state.error} onRetry={() => void state.refetch()} />;
    if (state.loading) return <Skeleton active paragraph={{ rows: 10 }} />;
    return <Result status="404" title={t('drawer.notFound')} />;
  }

  return (
    <Flex vertical gap={12}>
      {project.flags.length > 0 && (
        <Flex gap={6} wrap>
          {project.flags.map((flag) => (
            <Tooltip key={flag.kind} title={t('drawer.flagSince', { since: flag.since })}>
              <Tag color={flag.level === 'RED' ? 'red' : 'gold'}>
                {t('board.card.flagDescription', {
                  label: bilingual(FLAG_LABELS[flag.kind]),
                  reason: flagReason(flag.reason),
                })}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      )}
      {!state.canEdit && project.status === 'ACTIVE' && (
        <Alert
          type="info"
          showIcon
          title={t(state.isCorrector ? 'drawer.readOnlyCorrector' : 'drawer.readOnly')}
        />
      )}
      <Tabs
        defaultActiveKey={initialTab ?? 'overview'}
        items={[
          {
            key: 'overview',
            label: t('drawer.tab.overview'),
            children: <OverviewTab state={state} />,
          },
          {
            key: 'timeline',
            label: t('drawer.tab.timeline'),
            children: <TimelineTab state={state} ctx={ctx} />,
          },
          {
            key: 'arrivals',
            label: t('drawer.tab.arrivals'),
            children: <ArrivalsTab state={state} />,
          },
          {
            key: 'activities',
            label: t('drawer.tab.activities'),
            children: <ActivitiesTab state={state} />,
          },
          { key: 'leader', label: t('drawer.tab.leader'), children: <LeaderTab state={state} /> },
          ...(extraTabs?.({ id: project.id, status: project.status, refetch: state.refetch }) ??
            []),
          {
            key: 'terminate',
            label: t('drawer.tab.terminate'),
            children: <TerminateTab state={state} onTerminated={onTerminated} />,
          },
        ]}
      />
    </Flex>
  );
}

/** Every field of a project and its history; edits carry the version that was read. */
export function ProjectDrawer({
  projectId,
  onClose,
  onTerminated,
  extraTabs,
  initialTab,
}: ProjectDrawerProps) {
  const state = useProjectDrawer(projectId);
  return (
    <Drawer
      open={Boolean(projectId)}
      size={760}
      title={<DrawerTitle state={state} />}
      onClose={onClose}
      destroyOnHidden
    >
      {projectId && (
        <DrawerBody
          key={projectId}
          state={state}
          onTerminated={onTerminated}
          extraTabs={extraTabs}
          initialTab={initialTab}
        />
      )}
    </Drawer>
  );
}

import { skipToken, useQuery } from '@apollo/client/react';
import { App, type FormInstance } from 'antd';
import { useCallback, useMemo } from 'react';
import { readApiError, useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { mayCorrectStage, mayWorkOn } from '../../../shared/project-access';
import { ProjectDrawerDocument, ProjectPeopleDocument } from '../api/project-drawer-operations';

/** The project, the viewer's rights on it, the names behind ids, and one way to report a failed write. */
export function useProjectDrawer(projectId: string | null) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const query = useQuery(
    ProjectDrawerDocument,
    projectId ? { variables: { id: projectId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const peopleQuery = useQuery(ProjectPeopleDocument, projectId ? {} : skipToken);
  const project = query.data?.project ?? null;
  const me = query.data?.me ?? null;
  const { refetch } = query;

  const canEdit = Boolean(me && project && project.status === 'ACTIVE' && mayWorkOn(me, project));
  const canVerify = me?.role === 'SUPERVISOR';
  const isCorrector = Boolean(me && mayCorrectStage(me));

  const names = useMemo(() => {
    const people = new Map<string, string>();
    const chains = new Map<string, string>();
    const orgUnits = new Map<string, string>();
    const investors = new Map<string, string>();
    const departments = new Map<string, string>();
    const data = peopleQuery.data;
    for (const person of [...(data?.leaders ?? []), ...(data?.staff ?? [])])
      people.set(person.id, person.name);
    for (const chain of data?.chains ?? []) chains.set(chain.id, chain.name);
    for (const unit of data?.orgUnits ?? []) orgUnits.set(unit.id, unit.name);
    for (const department of data?.departments ?? [])
      departments.set(department.id, department.name);
    if (project) {
      for (const person of [project.owner, project.leader, ...project.team]) {
        if (person) people.set(person.id, person.name);
      }
      for (const record of [
        ...project.transitions.map((r) => r.by),
        ...project.auditEvents.map((r) => r.actor),
      ]) {
        people.set(record.id, record.name);
      }
      chains.set(project.chain.id, project.chain.name);
      orgUnits.set(project.orgUnit.id, project.orgUnit.name);
      investors.set(project.investor.id, project.investor.name);
    }
    return { people, chains, orgUnits, investors, departments };
  }, [peopleQuery.data, project]);

  /**
   * Reports a failed write. A CONFLICT (someone saved first) reloads the project so the newer
   * data is shown, and says so; returns true then, so a form can leave its editing state.
   */
  const reportWriteError = useCallback(
    async (error: unknown, form?: FormInstance): Promise<boolean> => {
      if (readApiError(error).code === 'CONFLICT') {
        void message.warning(t('drawer.conflict'));
        await refetch();
        return true;
      }
      reportApiError(error, form);
      return false;
    },
    [message, t, refetch, reportApiError],
  );

  return {
    project,
    me,
    loading: query.loading,
    error: query.error,
    refetch,
    people: peopleQuery.data,
    names,
    canEdit,
    canVerify,
    isCorrector,
    reportWriteError,
  };
}

export type ProjectDrawerState = ReturnType<typeof useProjectDrawer>;
export type DrawerProject = NonNullable<ProjectDrawerState['project']>;

import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { InvestorPage } from '../features/investors';
import { AppProjectDrawer } from './project-drawer-slot';

/** /investors/:id — the investor's page, opening its projects in the usual drawer. */
export function InvestorRoute() {
  const { id = '' } = useParams();
  const [projectId, setProjectId] = useState<string | null>(null);
  return (
    <>
      <InvestorPage key={id} investorId={id} onOpenProject={setProjectId} />
      <AppProjectDrawer projectId={projectId} onClose={() => setProjectId(null)} />
    </>
  );
}

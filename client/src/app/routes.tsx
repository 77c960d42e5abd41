import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LoginPage, ReloginModal, useCurrentUser, useSession } from '../features/auth';
import { AppShell } from './app-shell';
import { LANDING_PATH, NAV_ENTRIES, canOpen, type NavEntry } from './navigation';
import { InvestorPage } from './pages';
import { ForbiddenPage, NotFoundPage } from './status-pages';

function SignedInArea() {
  const session = useSession();
  const location = useLocation();
  // Opened without a session (a bookmark, a shared link): return here after signing in.
  // Signed out during the visit: start afresh, as the next person may not be allowed here.
  const [openedSignedOut] = useState(session === null);
  if (!session) {
    return (
      <Navigate to="/login" replace state={openedSignedOut ? { from: location } : undefined} />
    );
  }
  return (
    <>
      <AppShell />
      <ReloginModal />
    </>
  );
}

// The shell renders pages only once `me` is loaded, so the role is read from the cache here.
function EntryPage({ entry }: { entry: NavEntry }) {
  const { user } = useCurrentUser();
  if (!user || !canOpen(entry, user.role)) return <ForbiddenPage />;
  return <entry.page />;
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<SignedInArea />}>
          {/* Signing in goes to "/": the board is where the day's work starts. */}
          <Route index element={<Navigate to={LANDING_PATH} replace />} />
          {NAV_ENTRIES.map((entry) => (
            <Route key={entry.path} path={entry.path} element={<EntryPage entry={entry} />} />
          ))}
          <Route path="/investors/:id" element={<InvestorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

// Routes. Pages are lazy-loaded so the login screen does not download the whole app.
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { setCsrfToken, setUnauthenticatedHandler } from './api';
import { ME_KEY, useMe } from './auth/useMe';
import { canReadRegistry } from './auth/permissions';
import { PageLoading } from './components/PageLoading';
import { ErrorResult } from './components/ErrorResult';
import { NotFoundResult } from './components/NotFoundResult';
import { moduleRoutes } from './modules';

const LoginPage = lazy(() => import('./pages/foundation/login/LoginPage'));
const AppLayout = lazy(() => import('./layout/AppLayout'));
const UnitsPage = lazy(() => import('./pages/foundation/units/UnitsPage'));
const MemberListPage = lazy(() => import('./pages/foundation/members/MemberListPage'));
const MemberProfilePage = lazy(() => import('./pages/foundation/members/MemberProfilePage'));
const MemberFormPage = lazy(() => import('./pages/foundation/members/MemberFormPage'));
const AuditPage = lazy(() => import('./pages/foundation/audit/AuditPage'));
const UsersPage = lazy(() => import('./pages/foundation/users/UsersPage'));
const ForcedPasswordChange = lazy(() => import('./pages/foundation/account/ForcedPasswordChange'));

export function App() {
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(ME_KEY, null);
      if (window.location.pathname !== '/login') {
        navigate('/login', { replace: true, state: { from: window.location.pathname + window.location.search } });
      }
    });
  }, [navigate, qc]);

  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ErrorResult error={me.error} onRetry={() => void me.refetch()} />;

  if (!me.data) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
        </Routes>
      </Suspense>
    );
  }

  // A temporary password (after a reset) opens nothing but its change: the server refuses the rest.
  if (me.data.mustChangePassword) {
    return <Suspense fallback={<PageLoading />}><ForcedPasswordChange /></Suspense>;
  }

  const home = canReadRegistry(me.data) ? '/units' : me.data.memberId ? `/members/${me.data.memberId}` : '/units';
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<Navigate to={home} replace />} />
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={home} replace />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="units/:unitId" element={<UnitsPage />} />
          <Route path="members" element={<MemberListPage />} />
          <Route path="members/new" element={<MemberFormPage />} />
          <Route path="members/:memberId" element={<MemberProfilePage />} />
          <Route path="members/:memberId/edit" element={<MemberFormPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="users" element={<UsersPage />} />
          {/* A page whose menu entry is for other roles shows not-found at once, instead of asking the server and being refused. */}
          {moduleRoutes.map((r) => <Route key={r.path} path={r.path} element={!r.menu?.roles || me.data!.grants.some((g) => r.menu!.roles!.includes(g.role)) ? r.element : <NotFoundResult />} />)}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

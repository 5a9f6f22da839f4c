// The shell: the session gate, the layout and the pages every module declares in its routes.tsx (modules.tsx).
// Pages are lazy-loaded so the login screen does not download the whole app.
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { setCsrfToken, setUnauthenticatedHandler } from './api';
import { ME_KEY, useMe } from './auth/useMe';
import { canReadRegistry } from './auth/permissions';
import { PageLoading } from './components/PageLoading';
import { ErrorResult } from './components/ErrorResult';
import { NotFoundResult } from './components/NotFoundResult';
import { moduleRoutes, publicRoutes } from './modules';

const AppLayout = lazy(() => import('./layout/AppLayout'));
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
          {publicRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
        </Routes>
      </Suspense>
    );
  }

  // A temporary password (after a reset) opens nothing but its change: the server refuses the rest.
  if (me.data.mustChangePassword) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  }

  const home = canReadRegistry(me.data) ? '/units' : me.data.memberId ? `/members/${me.data.memberId}` : '/units';
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<Navigate to={home} replace />} />
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={home} replace />} />
          {/* A page whose menu entry is for other roles shows not-found at once, instead of asking the server and being refused. */}
          {moduleRoutes.map((r) => (
            <Route
              key={r.path}
              path={r.path}
              element={!r.menu?.roles || me.data!.grants.some((g) => r.menu!.roles!.includes(g.role)) ? r.element : <NotFoundResult />}
            />
          ))}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

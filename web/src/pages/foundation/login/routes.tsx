// The sign-in page: the one page shown without a session (`public`); with one, the shell sends /login home.
import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const LoginPage = lazy(() => import('./LoginPage'));

export const routes: ModuleRoute[] = [{ path: 'login', element: <LoginPage />, public: true }];

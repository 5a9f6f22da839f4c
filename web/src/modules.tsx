// Every page of the app: each module exports `routes` from pages/<wing>/<module>/routes.tsx (see docs/modules.md).
// They are found at build time, so a module adds pages without editing the router (App.tsx, the shell) or the menu.
import type { ReactNode } from 'react';

export interface ModuleRoute {
  /** Relative to the app root, e.g. 'assessments/cycles/:cycleId'. */
  path: string;
  element: ReactNode;
  /** When present, the route appears in the left menu. */
  menu?: { key: string; labelKey: string; icon?: ReactNode; roles?: string[] };
  /** Shown without a session (the sign-in page); the others need one and sit inside the app's layout. */
  public?: boolean;
}

const found = import.meta.glob<{ routes: ModuleRoute[] }>('./pages/*/*/routes.tsx', { eager: true });

const all: ModuleRoute[] = Object.keys(found)
  .sort()
  .flatMap((file) => found[file]!.routes);

/** The pages of a signed-in user, inside the layout. */
export const moduleRoutes: ModuleRoute[] = all.filter((r) => !r.public);
/** The pages shown without a session. */
export const publicRoutes: ModuleRoute[] = all.filter((r) => r.public);

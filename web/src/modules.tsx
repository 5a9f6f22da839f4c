// Pages of the wings beyond the foundation: each exports `routes` from pages/<module>/routes.tsx (see docs/modules.md).
// They are found at build time, so a module adds pages without editing the router or the menu.
import type { ReactNode } from 'react';

export interface ModuleRoute {
  /** Relative to the app root, e.g. 'assessments/cycles/:cycleId'. */
  path: string;
  element: ReactNode;
  /** When present, the route appears in the left menu. */
  menu?: { key: string; labelKey: string; icon?: ReactNode; roles?: string[] };
}

const found = import.meta.glob<{ routes: ModuleRoute[] }>('./pages/*/*/routes.tsx', { eager: true });

export const moduleRoutes: ModuleRoute[] = Object.keys(found).sort().flatMap((file) => found[file]!.routes);

// Helpers of the plan tests and probes: create a plan, apply or undo it and wait for the background work.
import type { Session, TestApp } from '../../../../test/http.js';

export const EFFECTIVE = '2026-10-01';

export function createPlan(t: TestApp, s: Session, unitId: number, operations: unknown[], over: Record<string, unknown> = {}) {
  return t.call(s, 'POST', '/api/reorg-plans', { unitId, title: 'Sắp xếp thử', effectiveOn: EFFECTIVE, operations, ...over });
}

async function waitWhile(t: TestApp, s: Session, id: number, status: string) {
  for (let i = 0; i < 200; i += 1) {
    const plan = (await t.call(s, 'GET', `/api/reorg-plans/${id}`)).json();
    if (plan.status !== status) return plan;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`plan ${id} still ${status}`);
}

export async function applyAndWait(t: TestApp, s: Session, id: number) {
  const res = await t.call(s, 'POST', `/api/reorg-plans/${id}/apply`);
  if (res.statusCode !== 202) return { res, plan: null };
  return { res, plan: await waitWhile(t, s, id, 'applying') };
}

export async function undoAndWait(t: TestApp, s: Session, id: number) {
  const res = await t.call(s, 'POST', `/api/reorg-plans/${id}/undo`);
  if (res.statusCode !== 202) return { res, plan: null };
  return { res, plan: await waitWhile(t, s, id, 'undoing') };
}

export function uploadPlan(t: TestApp, s: Session, file: Buffer, query: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/reorg-plans/upload?${query}`,
    payload: file,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/octet-stream' },
  });
}

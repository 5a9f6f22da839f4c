// Records who read which member's personal data (Decree 13/2023/ND-CP). A route that returns one
// member's record calls noteMemberRead after authorizing; the read is logged only when the answer is a
// success (a refused or failed read shows nothing, so it records nothing). Logging never delays the
// answer: reads are queued in memory and written a batch at a time by one multi-row INSERT, so a burst
// of reads costs one statement, not one each. The price: reads queued in the last FLUSH_MS before a
// crash of the process are lost (a clean stop flushes them, see the onClose hook).
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../shared/http.js';
import type { Db } from '../../../db/connection.js';
import type { ReadPurpose } from '../../../db/tables/audit.js';
import * as q from './queries.js';

export interface MemberRead {
  at: Date;
  userId: number;
  memberId: number;
  unitPath: string;
  route: string;
  purpose: ReadPurpose;
}

const FLUSH_MS = 20;
const MAX_BATCH = 1_000;

interface Queue {
  rows: MemberRead[];
  timer: NodeJS.Timeout | null;
  writing: Promise<void> | null;
}
const queues = new WeakMap<Db, Queue>();
const pending = new WeakMap<FastifyRequest, Omit<MemberRead, 'at'>[]>();

/** Marks this request as a read of the member's personal data; logged once the answer succeeds. */
export function noteMemberRead(req: FastifyRequest, member: { memberId: number; unitPath: string }, purpose: ReadPurpose) {
  if (!req.actor) return;
  const list = pending.get(req) ?? [];
  list.push({
    userId: req.actor.userId,
    memberId: member.memberId,
    unitPath: member.unitPath,
    route: `${req.method} ${req.routeOptions.url}`,
    purpose,
  });
  pending.set(req, list);
}

function queueOf(db: Db): Queue {
  let queue = queues.get(db);
  if (!queue) {
    queue = { rows: [], timer: null, writing: null };
    queues.set(db, queue);
  }
  return queue;
}

function enqueue(db: Db, reads: MemberRead[]) {
  const queue = queueOf(db);
  queue.rows.push(...reads);
  if (queue.timer) return;
  queue.timer = setTimeout(() => {
    queue.timer = null;
    void write(db, queue);
  }, FLUSH_MS);
  queue.timer.unref();
}

async function write(db: Db, queue: Queue): Promise<void> {
  while (queue.writing) await queue.writing;
  const batch = queue.rows.splice(0, MAX_BATCH);
  if (batch.length === 0) return;
  queue.writing = q
    .insertReads(db, batch)
    .catch((e: unknown) => {
      console.warn(`read log: ${batch.length} reads not recorded:`, e instanceof Error ? e.message : e);
    })
    .finally(() => {
      queue.writing = null;
    });
  await queue.writing;
  if (queue.rows.length > 0) await write(db, queue);
}

/** Writes every queued read now (tests, and a clean stop of the server). */
export async function flushReadLog(db: Db): Promise<void> {
  const queue = queues.get(db);
  if (!queue) return;
  if (queue.timer) {
    clearTimeout(queue.timer);
    queue.timer = null;
  }
  await write(db, queue);
}

/** Logs the noted reads of successful answers, and flushes the queue when the server closes. */
export function registerReadLog(app: App, db: Db) {
  app.addHook('onResponse', async (req, reply) => {
    const reads = pending.get(req);
    if (!reads || reply.statusCode >= 300) return;
    const at = new Date();
    enqueue(
      db,
      reads.map((r) => ({ ...r, at })),
    );
  });
  app.addHook('onClose', () => flushReadLog(db));
}

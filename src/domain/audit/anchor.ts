// An anchor is the chain head (number and hash) written somewhere the database cannot reach: a file on
// another machine, a mail, paper. The hash chain alone catches an edited entry only while nobody
// recomputes the later hashes; an anchor catches that too, and a chain cut short or emptied, because
// the anchored entry must still be there with the same hash. Pure functions, no I/O.
import { GENESIS_HASH } from './chain.js';

export interface Anchor {
  /** Chain number of the head when anchored; 0 for an empty chain. */
  id: number;
  hash: string;
  /** Linked entries when anchored (equal to id on an intact chain). */
  count: number;
  /** ISO time the anchor was taken. */
  at: string;
}

export function anchorLine(a: Anchor): string {
  return JSON.stringify({ id: a.id, hash: a.hash, count: a.count, at: a.at });
}

export type AnchorFileProblem = { line: number };

/** Reads a file of JSON lines, one anchor a line; blank lines are skipped, a malformed line is reported. */
export function parseAnchors(text: string): { anchors: (Anchor & { line: number })[]; bad: AnchorFileProblem[] } {
  const anchors: (Anchor & { line: number })[] = [];
  const bad: AnchorFileProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      bad.push({ line: i + 1 });
      return;
    }
    const a = v as Partial<Anchor>;
    if (
      typeof v !== 'object' ||
      v === null ||
      !Number.isInteger(a.id) ||
      a.id! < 0 ||
      typeof a.hash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(a.hash) ||
      typeof a.at !== 'string'
    ) {
      bad.push({ line: i + 1 });
      return;
    }
    anchors.push({ id: a.id!, hash: a.hash, count: Number.isInteger(a.count) ? a.count! : a.id!, at: a.at, line: i + 1 });
  });
  return { anchors, bad };
}

export type AnchorProblem = { kind: 'cut'; anchor: Anchor; headId: number } | { kind: 'rewritten'; anchor: Anchor; foundHash: string };

/**
 * Compares anchors with the chain as stored now. `hashAt(id)` is the stored hash of chain entry `id`
 * (undefined when there is none); `headId` the newest chain number (0 when empty). The chain itself is
 * verified separately: together, the anchored entry unchanged + an intact chain up to the head means
 * nothing before the anchor was changed, removed or recomputed.
 */
export function checkAnchors(anchors: Anchor[], headId: number, hashAt: (id: number) => string | undefined): AnchorProblem[] {
  const problems: AnchorProblem[] = [];
  for (const anchor of anchors) {
    if (anchor.id === 0) {
      if (anchor.hash !== GENESIS_HASH) problems.push({ kind: 'rewritten', anchor, foundHash: GENESIS_HASH });
      continue;
    }
    const found = hashAt(anchor.id);
    if (found === undefined) problems.push({ kind: 'cut', anchor, headId });
    else if (found !== anchor.hash) problems.push({ kind: 'rewritten', anchor, foundHash: found });
  }
  return problems;
}

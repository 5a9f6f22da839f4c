// Rules of a cell meeting as the cell holds it: how long it lasted, whether its papers reached the members in
// time, which months went without a meeting, and what kind of file a paper is (read from its bytes).
// Thresholds are settings (docs/rules/lifecycle.md); times are Vietnam time (UTC+7 all year).

export type MeetingFlag = 'too_short' | 'papers_late';
export interface MeetingRules {
  meetingMinMinutes: number;
  meetingMinMinutesCombined: number;
  meetingPapersLeadHours: number;
}

/** Minutes of a 'HH:MM[:SS]' time since midnight. */
export const minutesOfDay = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Length of a meeting held from `startedAt` to `endedAt` on one day, in whole minutes; null until both are known. */
export function meetingLength(startedAt: string | null, endedAt: string | null): number | null {
  if (!startedAt || !endedAt) return null;
  return minutesOfDay(endedAt) - minutesOfDay(startedAt);
}

/** The shortest length the meeting must last: longer when the thematic and the regular meeting are held together. */
export const minimumLength = (kind: string, r: MeetingRules) => (kind === 'combined' ? r.meetingMinMinutesCombined : r.meetingMinMinutes);

/** The moment the meeting starts: the real start once recorded, else the planned one, else the start of its day. */
export function meetingStart(heldOn: string, startTime: string | null, startedAt: string | null): Date {
  const t = (startedAt ?? startTime ?? '00:00').slice(0, 5);
  return new Date(`${heldOn}T${t}:00+07:00`);
}

export interface MeetingFacts {
  heldOn: string;
  kind: string;
  startTime: string | null;
  startedAt: string | null;
  endedAt: string | null;
  /** When each paper was posted. */
  papersPostedAt: Date[];
}

/** The flags of one meeting. A meeting not yet recorded cannot be too short; one without papers cannot have them late. */
export function meetingFlags(m: MeetingFacts, r: MeetingRules): MeetingFlag[] {
  const flags: MeetingFlag[] = [];
  const length = meetingLength(m.startedAt, m.endedAt);
  if (length !== null && length < minimumLength(m.kind, r)) flags.push('too_short');
  const due = meetingStart(m.heldOn, m.startTime, m.startedAt).getTime() - r.meetingPapersLeadHours * 3600_000;
  if (m.papersPostedAt.some((at) => at.getTime() > due)) flags.push('papers_late');
  return flags;
}

/** 'YYYY-MM' months from `from` to `to` inclusive (both 'YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Months of `months` in which fewer than `perMonth` meetings were held (`heldOn`: dates of the meetings held). */
export function monthsWithoutMeeting(months: string[], heldOn: string[], perMonth: number): string[] {
  if (perMonth <= 0) return [];
  const count = new Map<string, number>();
  for (const d of heldOn) count.set(d.slice(0, 7), (count.get(d.slice(0, 7)) ?? 0) + 1);
  return months.filter((mo) => (count.get(mo) ?? 0) < perMonth);
}

/** A period of the roll-up, 'YYYY', 'YYYY-MM' or 'YYYY-Qn', as its first and last month. */
export function periodMonths(period: string): { from: string; to: string } {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12` };
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!q) return { from: period, to: period };
  const first = (Number(q[2]) - 1) * 3 + 1;
  return { from: `${q[1]}-${String(first).padStart(2, '0')}`, to: `${q[1]}-${String(first + 2).padStart(2, '0')}` };
}

export type PaperType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'image/png'
  | 'image/jpeg';

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/**
 * The type of a paper read from its first bytes, never from its name: PDF, Word .docx (a ZIP package with a
 * word/document.xml part), PNG or JPEG; null for anything else.
 */
export function detectPaperType(b: Uint8Array): PaperType | null {
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    // Part names of a ZIP package are stored uncompressed in its headers.
    const names = new TextDecoder('latin1').decode(b);
    if (names.includes('word/document.xml') && names.includes('[Content_Types].xml')) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
  }
  return null;
}

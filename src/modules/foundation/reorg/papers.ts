// The papers of an applied plan: for each organization it moved, merged, split or dissolved, the decision
// (quyết định chuyển giao / hợp nhất / chia tách / giải thể tổ chức đảng) and the handover minutes (biên bản
// bàn giao) of the member register and files, listing the members handed over. Numbered in the plan's
// order ("01-QĐ/…", "01-BB/…", as Party documents are numbered), dated on the effective date, signed by role (with the secretary's name when
// the committee has one on that day, else a line to sign on). PDFs through src/shared/pdf.ts (Roboto has the
// Vietnamese glyphs); dates and counts through the one formatter.
import type { Db } from '../../../db/connection.js';
import { formatDate, formatDateTime, formatNumber } from '../../../domain/text/format.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { conflict, notFound } from '../../../shared/errors.js';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';
import * as q from './queries.js';
import * as pq from './papers-queries.js';
import { zipStore } from './zip-writer.js';

export type PaperKind = 'move' | 'merge' | 'split' | 'dissolve';
export interface Paper {
  seq: number;
  kind: PaperKind;
  restructuringId: number;
  decisionNo: string;
  minutesNo: string;
  effectiveOn: string;
  /** The organizations handed over (moved, merged away, split, dissolved). */
  from: pq.UnitAt[];
  /** The receiving organizations (new parent, merge target, the parts of a split, the parent of a dissolved unit). */
  to: pq.UnitAt[];
  /** For a move: the parent the organization leaves. */
  fromParent: pq.UnitAt | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const ids = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/** "15-QĐ/TU" of the plan's own decision gives the suffix of its papers ("01-QĐ/TU"); else the root unit's code. */
export function numberSuffix(decisionNo: string | null, rootCode: string) {
  const m = decisionNo?.match(/Q[ĐD][/-](\S+)\s*$/u);
  return m ? m[1]! : rootCode;
}

interface Draft {
  kind: PaperKind;
  r: pq.RestructuringRow;
  from: number[];
  to: number[];
  fromParent: number | null;
}

async function draftOf(db: Db, r: pq.RestructuringRow): Promise<Draft | null> {
  const d = (r.details ?? {}) as Record<string, unknown>;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  switch (r.kind) {
    case 'move':
      return { kind: 'move', r, from: [Number(d.unitId)], to: [Number(d.toParentId)], fromParent: num(d.fromParentId) };
    case 'change_kind':
      // Only a change of kind that also moves the organization hands it over to another committee.
      if (num(d.fromParentId) === num(d.toParentId)) return null;
      return { kind: 'move', r, from: [Number(d.unitId)], to: [Number(d.toParentId)], fromParent: num(d.fromParentId) };
    case 'merge': {
      const into = (d.into ?? {}) as { unitId?: number; code?: string };
      const target = into.unitId ? Number(into.unitId) : (await q.unitByCode(db, String(into.code)))?.id;
      if (!target) return null;
      return { kind: 'merge', r, from: ids(d.sourceIds).filter((id) => id !== Number(target)), to: [Number(target)], fromParent: null };
    }
    case 'split': {
      const parts: number[] = [];
      for (const p of (d.parts ?? []) as { code: string }[]) {
        const u = await q.unitByCode(db, p.code);
        if (u) parts.push(Number(u.id));
      }
      return { kind: 'split', r, from: [Number(d.unitId)], to: parts, fromParent: null };
    }
    case 'dissolve': {
      const [u] = [...(await pq.unitsAt(db, [Number(d.unitId)], dayBefore(r.effective_on))).values()];
      return { kind: 'dissolve', r, from: [Number(d.unitId)], to: u?.parent_id ? [u.parent_id] : [], fromParent: null };
    }
    default:
      return null;
  }
}

/** The papers of an applied plan, in the order of its operations. */
export async function papersOf(db: Db, plan: q.PlanRow): Promise<Paper[]> {
  if (plan.status !== 'applied') throw conflict('reorg_plan_not_applied', { status: plan.status });
  const rows = await pq.restructurings(db, plan.restructuring_ids.map(Number));
  const rootUnit = (await pq.unitsAt(db, [plan.unit_id], plan.effective_on)).get(Number(plan.unit_id));
  const suffix = numberSuffix(plan.decision_no, rootUnit?.code ?? String(plan.unit_id));
  const papers: Paper[] = [];
  for (const r of rows) {
    const draft = await draftOf(db, r);
    if (!draft || draft.from.length === 0) continue;
    const before = await pq.unitsAt(db, [...draft.from, ...(draft.fromParent ? [draft.fromParent] : [])], dayBefore(r.effective_on));
    const after = await pq.unitsAt(db, draft.to, r.effective_on);
    const seq = papers.length + 1;
    papers.push({
      seq,
      kind: draft.kind,
      restructuringId: Number(r.id),
      effectiveOn: r.effective_on,
      decisionNo: `${pad(seq)}-QĐ/${suffix}`,
      minutesNo: `${pad(seq)}-BB/${suffix}`,
      from: draft.from.map((id) => before.get(id)).filter((u): u is pq.UnitAt => !!u),
      to: draft.to.map((id) => after.get(id)).filter((u): u is pq.UnitAt => !!u),
      fromParent: draft.fromParent ? (before.get(draft.fromParent) ?? null) : null,
    });
  }
  return papers;
}

export async function paperOf(db: Db, plan: q.PlanRow, seq: number) {
  const paper = (await papersOf(db, plan)).find((p) => p.seq === seq);
  if (!paper) throw notFound('reorg_paper');
  return paper;
}

/** The members a paper hands over: moved to another cell, or moving with their cell. */
export async function membersOf(db: Db, paper: Paper) {
  const kept = paper.kind === 'move' || paper.kind === 'merge' ? await pq.unitsStartedBy(db, paper.restructuringId) : [];
  return pq.handedOver(db, paper.restructuringId, kept, paper.effectiveOn);
}

interface Issuer {
  unit: pq.UnitAt;
  secretary: string | null;
}

async function issuerOf(db: Db, plan: q.PlanRow): Promise<Issuer> {
  const unit = (await pq.unitsAt(db, [Number(plan.unit_id)], plan.effective_on)).get(Number(plan.unit_id))!;
  const secretary = (await pq.secretariesOn(db, [unit.id], plan.effective_on)).get(unit.id) ?? null;
  return { unit, secretary };
}

const STANDING = new Set(['central', 'province_committee', 'subordinate_committee']);
const upper = (s: string) => s.toLocaleUpperCase('vi');
const names = (units: pq.UnitAt[]) => units.map((u) => u.name).join(', ');
const SIGN_LINE = '…………………………';

function signature(title: string[], role: string, name: string | null) {
  return {
    stack: [
      ...title.map((t) => ({ text: t, bold: true })),
      { text: role, bold: true },
      { text: ' ', margin: [0, 36, 0, 0] },
      { text: name ?? SIGN_LINE, bold: !!name },
    ],
    alignment: 'center',
  };
}

function header(issuerName: string, no: string, dateLine: string, tr: (k: string, p?: Record<string, unknown>) => string) {
  return {
    columns: [
      {
        width: '45%',
        stack: [{ text: upper(issuerName), bold: true }, { text: '*' }, { text: `${tr('number')} ${no}` }],
        alignment: 'center',
      },
      {
        width: '55%',
        stack: [
          { text: tr('motto'), bold: true, decoration: 'underline' },
          { text: dateLine, italics: true, margin: [0, 12, 0, 0] },
        ],
        alignment: 'center',
      },
    ],
  };
}

interface Rendering {
  exportedBy: string;
  now: Date;
  locale: Locale;
}

export async function decisionPdf(db: Db, plan: q.PlanRow, paper: Paper, out: Rendering): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(out.locale, `reorgPapers.${k}`, p);
  const issuer = await issuerOf(db, plan);
  const members = await membersOf(db, paper);
  const date = formatDate(paper.effectiveOn, out.locale);
  const subject = tr(`subject_${paper.kind}`);
  const act = tr(`act_${paper.kind}`, {
    from: names(paper.from),
    to: names(paper.to),
    fromParent: paper.fromParent?.name ?? '',
    date,
  });
  const authority = STANDING.has(issuer.unit.kind)
    ? [tr('on_behalf_standing', { body: upper(issuer.unit.name) })]
    : [tr('on_behalf', { body: upper(issuer.unit.name) })];
  return pdfBuffer(
    pdfDocument({
      title: `${tr('decision')} ${paper.decisionNo}`,
      subject: paper.decisionNo,
      author: out.exportedBy,
      pageMargins: [60, 50, 50, 60],
      defaultStyle: { fontSize: 12, lineHeight: 1.3 },
      footer: (page, pages) => tr('footer', { user: out.exportedBy, time: formatDateTime(out.now, out.locale), page, pages }),
      content: [
        header(issuer.unit.name, paper.decisionNo, tr('dated', { date }), tr),
        { text: upper(tr('decision')), bold: true, fontSize: 15, alignment: 'center', margin: [0, 20, 0, 0] },
        { text: tr('about', { subject }), bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
        {
          text: upper(
            tr('issuer_line', { body: STANDING.has(issuer.unit.kind) ? tr('standing_of', { body: issuer.unit.name }) : issuer.unit.name }),
          ),
          bold: true,
          alignment: 'center',
          margin: [0, 0, 0, 10],
        },
        { text: tr('basis_charter'), italics: true },
        {
          text: plan.decision_no
            ? tr('basis_plan_decision', { title: plan.title, decision: plan.decision_no })
            : tr('basis_plan', { title: plan.title }),
          italics: true,
        },
        { text: tr('basis_request'), italics: true, margin: [0, 0, 0, 10] },
        { text: `${upper(tr('decision'))}:`, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
        { text: [{ text: `${tr('article', { n: 1 })} `, bold: true }, act] },
        {
          text: [
            { text: `${tr('article', { n: 2 })} `, bold: true },
            tr('handover_clause', { count: formatNumber(members.length, out.locale), minutes: paper.minutesNo }),
          ],
          margin: [0, 6, 0, 0],
        },
        { text: [{ text: `${tr('article', { n: 3 })} `, bold: true }, tr('effect_clause', { date })], margin: [0, 6, 0, 0] },
        {
          columns: [
            {
              width: '50%',
              stack: [
                { text: tr('recipients'), bold: true, italics: true },
                { text: `- ${tr('as_article_3')}`, fontSize: 10 },
                { text: `- ${tr('filed')}`, fontSize: 10 },
              ],
            },
            { width: '50%', ...signature(authority, tr('secretary'), issuer.secretary) },
          ],
          margin: [0, 24, 0, 0],
        },
      ],
    }),
  );
}

export async function minutesPdf(db: Db, plan: q.PlanRow, paper: Paper, out: Rendering): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(out.locale, `reorgPapers.${k}`, p);
  const issuer = await issuerOf(db, plan);
  const members = await membersOf(db, paper);
  const date = formatDate(paper.effectiveOn, out.locale);
  const cells = await pq.unitsAt(db, [...new Set(members.flatMap((m) => [m.from_unit, m.to_unit]))], paper.effectiveOn);
  const before = await pq.unitsAt(db, [...new Set(members.map((m) => m.from_unit))], dayBefore(paper.effectiveOn));
  const giver = paper.kind === 'move' && paper.fromParent ? [paper.fromParent] : paper.from;
  const receiver = paper.to;
  const secretariesBefore = await pq.secretariesOn(
    db,
    giver.map((u) => u.id),
    dayBefore(paper.effectiveOn),
  );
  const secretariesAfter = await pq.secretariesOn(
    db,
    receiver.map((u) => u.id),
    paper.effectiveOn,
  );
  const table =
    members.length === 0
      ? [{ text: tr('no_members'), italics: true, margin: [0, 6, 0, 0] }]
      : [
          {
            table: {
              headerRows: 1,
              widths: [28, '*', 62, 58, '*', '*'],
              body: [
                [tr('col_no'), tr('col_name'), tr('col_birth'), tr('col_card'), tr('col_from'), tr('col_to')].map((text) => ({
                  text,
                  bold: true,
                  fontSize: 10,
                })),
                ...members.map((m, i) =>
                  [
                    String(i + 1),
                    m.full_name,
                    formatDate(m.birth_date, out.locale),
                    m.party_card_no ?? '—',
                    before.get(m.from_unit)?.name ?? cells.get(m.from_unit)?.name ?? '',
                    cells.get(m.to_unit)?.name ?? '',
                  ].map((text) => ({ text, fontSize: 10 })),
                ),
              ],
            },
            layout: 'lightHorizontalLines',
            margin: [0, 6, 0, 0],
          },
        ];
  const party = (units: pq.UnitAt[], side: 'giver' | 'receiver', secs: Map<number, string>) => ({
    width: '50%',
    ...signature(
      [tr(side === 'giver' ? 'side_giver' : 'side_receiver'), upper(names(units))],
      tr('secretary'),
      units.length === 1 ? (secs.get(units[0]!.id) ?? null) : null,
    ),
  });
  return pdfBuffer(
    pdfDocument({
      title: `${tr('minutes')} ${paper.minutesNo}`,
      subject: paper.minutesNo,
      author: out.exportedBy,
      pageMargins: [50, 50, 50, 60],
      defaultStyle: { fontSize: 12, lineHeight: 1.25 },
      footer: (page, pages) => tr('footer', { user: out.exportedBy, time: formatDateTime(out.now, out.locale), page, pages }),
      content: [
        header(issuer.unit.name, paper.minutesNo, tr('dated', { date }), tr),
        { text: upper(tr('minutes')), bold: true, fontSize: 15, alignment: 'center', margin: [0, 20, 0, 0] },
        { text: tr('minutes_about'), bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
        { text: tr('minutes_basis', { decision: paper.decisionNo, date, body: issuer.unit.name }) },
        { text: tr('minutes_parties', { date, giver: names(giver), receiver: names(receiver) }), margin: [0, 6, 0, 0] },
        { text: tr('minutes_register', { count: formatNumber(members.length, out.locale) }), margin: [0, 6, 0, 0] },
        { text: tr('minutes_files'), margin: [0, 2, 0, 0] },
        ...table,
        { text: tr('minutes_closing'), margin: [0, 10, 0, 0] },
        { columns: [party(giver, 'giver', secretariesBefore), party(receiver, 'receiver', secretariesAfter)], margin: [0, 20, 0, 0] },
      ],
    }),
  );
}

export const paperFile = (p: Paper, doc: 'decision' | 'minutes') =>
  `${pad(p.seq)}-${doc === 'decision' ? 'quyet-dinh' : 'bien-ban-ban-giao'}.pdf`;

/** Every paper of a plan in one store-only .zip. */
export async function papersZip(db: Db, plan: q.PlanRow, out: Rendering) {
  const entries: { name: string; data: Buffer }[] = [];
  for (const p of await papersOf(db, plan)) {
    entries.push({ name: paperFile(p, 'decision'), data: await decisionPdf(db, plan, p, out) });
    entries.push({ name: paperFile(p, 'minutes'), data: await minutesPdf(db, plan, p, out) });
  }
  return zipStore(entries, out.now);
}

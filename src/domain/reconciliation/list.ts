// Reads one row of an external list into comparable values (same forms as the registry stores them).
// A value that cannot be read (a date that is not a date) is left out rather than reported as a difference.
import type { ColumnMapping } from '../imports/columns.js';
import type { SourceRow } from '../imports/validate.js';
import { cellText, parseCitizenId, parseDate, parseGender, type Cell } from '../imports/values.js';
import { normalizeFullName } from '../names/index.js';
import { COMPARED_FIELDS, type ListPerson } from './match.js';

const DATES = new Set(['birthDate', 'admittedOn', 'officialOn']);

export function readListPerson(src: SourceRow, mapping: ColumnMapping): ListPerson {
  const out: ListPerson = { row: src.row };
  for (const f of COMPARED_FIELDS) {
    const i = mapping[f];
    if (i === undefined) continue;
    const cell: Cell = src.cells[i] ?? null;
    if (cellText(cell) === '') continue;
    let v: string | null;
    if (DATES.has(f)) v = parseDate(cell);
    else if (f === 'gender') v = parseGender(cell);
    else if (f === 'citizenId') v = /^[0-9]{12}$/.test(parseCitizenId(cell)) ? parseCitizenId(cell) : null;
    else if (f === 'partyCardNo' || f === 'phone') v = cellText(cell).replace(/[\s.]/g, '');
    else if (f === 'fullName') v = normalizeFullName(cellText(cell));
    else v = cellText(cell);
    if (v) out[f] = v;
  }
  return out;
}

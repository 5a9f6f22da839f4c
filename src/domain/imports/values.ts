// Reading one cell of an import file into a value of the registry: text in NFC, dates in dd/mm/yyyy
// (or ISO, or an Excel date), genders and statuses by their Vietnamese or English names.
import { MEMBER_STATUSES, type MemberStatus } from '../members/record.js';
import { searchName } from '../names/index.js';
import { restoreText } from '../spreadsheet/safe-text.js';
import { hasControl } from './controls.js';

/** A cell as a reader gives it: text, a number (Excel keeps numbers apart), or empty. */
export type Cell = string | number | null;

// Words of letters that are already in NFC (ASCII, Latin-1, Latin Extended-A/B, and the precomposed
// Vietnamese letters U+1E00–U+1EFF; no combining marks) separated by single spaces: such text needs no
// work, and most cells are like that.
const CLEAN = /^[\x21-\x7e\u00a1-\u02ff\u1e00-\u1eff]+(?: [\x21-\x7e\u00a1-\u02ff\u1e00-\u1eff]+)*$/;

/** Text of a cell in NFC with whitespace collapsed; '' for an empty cell. */
export function cellText(cell: Cell): string {
  return readText(cell, undefined)!;
}

/**
 * cellText, or null when the text holds a control character (hasControl; every one in a name).
 * Clean text, most cells, is not searched: the check costs nothing there.
 */
export function checkedCellText(cell: Cell, inName: boolean): string | null {
  return readText(cell, inName);
}

function readText(cell: Cell, inName: boolean | undefined): string | null {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (cell.charCodeAt(0) === 39) cell = restoreText(cell); // '=… as our exports write it
  if (CLEAN.test(cell)) return cell;
  if (inName !== undefined && hasControl(cell, inName)) return null;
  return cell.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const isRealDate = (y: number, m: number, d: number) => {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** 'YYYY-MM-DD', or null when the cell is not a date. Day first: 03/04/1990 is 3 April. */
export function parseDate(cell: Cell): string | null {
  if (typeof cell === 'number') {
    // An Excel serial day (1900 system): day 25569 is 1970-01-01.
    if (!Number.isInteger(cell) || cell < 1 || cell > 80_000) return null;
    return new Date((cell - 25_569) * 86_400_000).toISOString().slice(0, 10);
  }
  return dateFromText(cellText(cell));
}

/** parseDate of a cell's text (cellText), for a caller that has it already. */
export function dateFromText(t: string): string | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  return null;
}

/** dd/mm/yyyy of an ISO date, as exports write it. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

const GENDERS: Record<string, 'male' | 'female'> = { nam: 'male', male: 'male', m: 'male', nu: 'female', female: 'female', f: 'female' };

export function parseGender(cell: Cell): 'male' | 'female' | null {
  return genderFromText(cellText(cell));
}

// Genders and statuses are a few values repeated on every row: their keys are remembered.
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = searchName(text);
    if (keys.size < 1_000) keys.set(text, k);
  }
  return k;
}

export function genderFromText(text: string): 'male' | 'female' | null {
  return GENDERS[keyOf(text)] ?? null;
}

/** The Vietnamese names of the statuses, as the template and exports write them. */
export const STATUS_LABELS: Record<MemberStatus, string> = {
  probationary: 'Dự bị',
  official: 'Chính thức',
  exempted: 'Miễn sinh hoạt',
  temporarily_exempted: 'Tạm miễn sinh hoạt',
  suspended: 'Đình chỉ sinh hoạt',
  transferred_out: 'Đã chuyển đi',
  removed: 'Xóa tên',
  expelled: 'Khai trừ',
  deceased: 'Từ trần',
};
export const GENDER_LABELS = { male: 'Nam', female: 'Nữ' } as const;

const statusKey = (text: string) => keyOf(text).replace(/_/g, ' ');
const STATUS_BY_KEY = new Map<string, MemberStatus>([
  ...MEMBER_STATUSES.map((s) => [statusKey(s), s] as [string, MemberStatus]),
  ...MEMBER_STATUSES.map((s) => [statusKey(STATUS_LABELS[s]), s] as [string, MemberStatus]),
  ['dang vien chinh thuc', 'official'],
  ['dang vien du bi', 'probationary'],
  ['da mat', 'deceased'],
]);

export function parseStatus(cell: Cell): MemberStatus | null {
  return statusFromText(cellText(cell));
}

export function statusFromText(text: string): MemberStatus | null {
  return STATUS_BY_KEY.get(statusKey(text)) ?? null;
}

/**
 * A citizen ID as text. A numeric cell lost its leading zeros in Excel (IDs start with the province
 * code, e.g. 036…): they are restored up to 12 digits. Text is taken as typed.
 */
export function parseCitizenId(cell: Cell): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 1e12) return cell.toFixed(0).padStart(12, '0');
  return cellText(cell).replace(/[\s.]/g, '');
}

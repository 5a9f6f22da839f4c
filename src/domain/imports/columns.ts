// The columns of a member import file: the template's Vietnamese headers, the other spellings found in
// real files (matched without case, diacritics or punctuation), and the automatic column mapping.
import { searchName } from '../names/index.js';

export const IMPORT_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'hometown',
  'residence',
  'citizenId',
  'partyCardNo',
  'admittedOn',
  'officialOn',
  'education',
  'theoryLevel',
  'occupation',
  'position',
  'phone',
  'status',
  'unitCode',
  'memberCategory',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: ReadonlySet<ImportField> = new Set([
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'hometown',
  'residence',
  'citizenId',
  'admittedOn',
  'education',
  'status',
  'unitCode',
]);

/** The template's header of each field (first), then other spellings seen in files. */
export const HEADERS: Record<ImportField, string[]> = {
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên khai sinh', 'Full name', 'Name'],
  gender: ['Giới tính', 'Gender', 'Sex'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Birth date', 'Date of birth'],
  ethnicity: ['Dân tộc', 'Ethnicity'],
  hometown: ['Quê quán', 'Hometown'],
  residence: ['Nơi ở hiện nay', 'Nơi ở', 'Nơi cư trú', 'Residence'],
  citizenId: ['Số CCCD', 'CCCD', 'Số căn cước công dân', 'Số căn cước', 'Số định danh cá nhân', 'Citizen ID'],
  partyCardNo: ['Số thẻ đảng viên', 'Số thẻ Đảng', 'Thẻ đảng', 'Party card number', 'Party card'],
  admittedOn: ['Ngày vào Đảng', 'Ngày kết nạp', 'Ngày kết nạp Đảng', 'Admitted on', 'Admission date'],
  officialOn: ['Ngày chính thức', 'Ngày công nhận chính thức', 'Official on'],
  education: ['Trình độ học vấn', 'Học vấn', 'Giáo dục phổ thông', 'Education'],
  theoryLevel: ['Lý luận chính trị', 'Trình độ lý luận chính trị', 'LLCT', 'Theory level'],
  occupation: ['Nghề nghiệp', 'Occupation'],
  position: ['Chức vụ', 'Position'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Phone'],
  status: ['Tình trạng', 'Trạng thái', 'Status'],
  unitCode: ['Mã chi bộ', 'Mã đơn vị', 'Unit code'],
  memberCategory: ['Đối tượng đảng viên', 'Mẫu tự kiểm điểm', 'Mẫu kiểm điểm', 'Member category'],
};

/** Header text as compared: lower case, no diacritics, punctuation and required-marks dropped. */
export function headerKey(text: string): string {
  return searchName(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => HEADERS[f].map((h) => [headerKey(h), f] as [string, ImportField])),
);

export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Maps fields to column indexes. A saved mapping (field → header text) wins; every other field is
 * found by its known spellings. A column is used by one field at most.
 */
export function autoMap(headers: readonly string[], saved: Partial<Record<ImportField, string>> = {}): ColumnMapping {
  const out: ColumnMapping = {};
  const used = new Set<number>();
  const keys = headers.map(headerKey);
  for (const f of IMPORT_FIELDS) {
    const want = saved[f];
    if (want === undefined) continue;
    const i = keys.indexOf(headerKey(want));
    if (i >= 0 && !used.has(i)) {
      out[f] = i;
      used.add(i);
    }
  }
  keys.forEach((k, i) => {
    const f = BY_KEY.get(k);
    if (f && out[f] === undefined && !used.has(i)) {
      out[f] = i;
      used.add(i);
    }
  });
  return out;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

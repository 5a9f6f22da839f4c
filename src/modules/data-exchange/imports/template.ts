// The downloadable import template: the Vietnamese headers in row 1 (required ones marked), one
// example row, and a second sheet explaining each column.
import ExcelJS from 'exceljs';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { HEADERS, IMPORT_FIELDS, REQUIRED_FIELDS } from '../../../domain/imports/columns.js';
import { STATUS_LABELS } from '../../../domain/imports/values.js';
import { translate, type Locale } from '../../../shared/i18n.js';

const EXAMPLE: Record<string, string> = {
  fullName: 'Nguyễn Văn An',
  gender: 'Nam',
  birthDate: '15/01/1990',
  ethnicity: 'Kinh',
  hometown: 'xã Yên Khánh, tỉnh Ninh Bình',
  residence: 'thôn Đông, xã Yên Khánh',
  citizenId: '036090001234',
  partyCardNo: '93001234',
  admittedOn: '19/05/2015',
  officialOn: '19/05/2016',
  education: '12/12',
  theoryLevel: 'Sơ cấp',
  occupation: 'Giáo viên',
  position: '',
  phone: '0912345678',
  status: 'Chính thức',
  unitCode: 'CB-001',
  memberCategory: '2C',
};

export async function templateWorkbook(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(translate(locale, 'imports.template.sheet'));
  sheet.columns = IMPORT_FIELDS.map((f) => ({
    header: HEADERS[f][0]!,
    key: f,
    width: Math.max(14, HEADERS[f][0]!.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  IMPORT_FIELDS.forEach((f, i) => {
    if (REQUIRED_FIELDS.has(f)) sheet.getRow(1).getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  sheet.addRow(EXAMPLE);
  const help = wb.addWorksheet(translate(locale, 'imports.template.helpSheet'));
  help.columns = [{ width: 28 }, { width: 12 }, { width: 90 }];
  help.addRow([
    translate(locale, 'imports.template.column'),
    translate(locale, 'imports.template.required'),
    translate(locale, 'imports.template.rule'),
  ]).font = { bold: true };
  for (const f of IMPORT_FIELDS) {
    const rule =
      f === 'status'
        ? `${translate(locale, 'imports.template.rules.status')} ${Object.values(STATUS_LABELS).join(', ')}`
        : translate(locale, `imports.template.rules.${f}`);
    help.addRow([HEADERS[f][0], REQUIRED_FIELDS.has(f) ? '✓' : '', rule]);
  }
  neutralizeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

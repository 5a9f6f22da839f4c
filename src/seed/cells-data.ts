// Names of the cells (chi bộ) and partial committees (đảng bộ bộ phận) inside a grassroots committee.
import type { OrgType } from './orgs-data.js';
import { VILLAGES, type Locality } from './places-data.js';
import type { Rng } from './rng.js';

const CELLS: Readonly<Record<Exclude<OrgType, 'locality'>, readonly string[]>> = {
  school: [
    'Tổ Toán – Tin',
    'Tổ Ngữ văn',
    'Tổ Ngoại ngữ',
    'Tổ Khoa học Tự nhiên',
    'Tổ Khoa học Xã hội',
    'Tổ Văn phòng',
    'Tổ Thể dục – Quốc phòng',
    'Tổ Lý – Hóa',
    'Tổ Sinh – Địa',
    'Tổ Sử – Giáo dục công dân',
    'Khoa Cơ bản',
    'Khoa Chuyên ngành',
    'Phòng Đào tạo',
    'Phòng Hành chính – Quản trị',
  ],
  hospital: [
    'Khoa Nội',
    'Khoa Ngoại',
    'Khoa Sản',
    'Khoa Nhi',
    'Khoa Hồi sức cấp cứu',
    'Khoa Khám bệnh',
    'Khoa Dược',
    'Khoa Xét nghiệm',
    'Khoa Chẩn đoán hình ảnh',
    'Khoa Truyền nhiễm',
    'Khoa Y học cổ truyền',
    'Phòng Kế hoạch tổng hợp',
    'Phòng Tổ chức – Hành chính',
    'Phòng Tài chính – Kế toán',
    'Phòng Điều dưỡng',
    'Khoa Gây mê hồi sức',
    'Khoa Tim mạch',
    'Khoa Ung bướu',
  ],
  enterprise: [
    'Văn phòng công ty',
    'Phòng Kỹ thuật',
    'Phòng Kinh doanh',
    'Phòng Tài chính – Kế toán',
    'Phòng Tổ chức – Hành chính',
    'Xí nghiệp số 1',
    'Xí nghiệp số 2',
    'Xí nghiệp số 3',
    'Phân xưởng Cơ điện',
    'Phân xưởng Sản xuất số 1',
    'Phân xưởng Sản xuất số 2',
    'Phân xưởng Sản xuất số 3',
    'Đội Quản lý vận hành',
    'Chi nhánh khu vực Bắc',
    'Chi nhánh khu vực Nam',
    'Phòng Kế hoạch – Vật tư',
  ],
  agency: [
    'Văn phòng',
    'Phòng Tổ chức cán bộ',
    'Thanh tra',
    'Phòng Kế hoạch – Tài chính',
    'Phòng Nghiệp vụ 1',
    'Phòng Nghiệp vụ 2',
    'Phòng Nghiệp vụ 3',
    'Phòng Pháp chế',
    'Phòng Quản lý chuyên ngành',
    'Phòng Tổng hợp',
    'Trung tâm trực thuộc',
    'Chi cục trực thuộc',
  ],
  military: [
    'Cơ quan Quân sự',
    'Ban Tham mưu',
    'Ban Chính trị',
    'Ban Hậu cần – Kỹ thuật',
    'Đại đội 1',
    'Đại đội 2',
    'Đại đội 3',
    'Trung đội Dân quân cơ động',
    'Đại đội Bộ binh 4',
    'Đại đội Hỏa lực',
  ],
  police: [
    'Đội Tổng hợp',
    'Đội Cảnh sát hình sự',
    'Đội Cảnh sát giao thông – trật tự',
    'Đội An ninh',
    'Đội Cảnh sát điều tra tội phạm về trật tự xã hội',
    'Đội Cảnh sát quản lý hành chính về trật tự xã hội',
    'Đội Cảnh sát kinh tế',
    'Đội Xây dựng phong trào',
    'Nhà tạm giữ',
    'Đội Cảnh sát phòng cháy, chữa cháy',
    'Đội 1',
    'Đội 2',
    'Đội 3',
  ],
  border: [
    'Đội Vũ trang',
    'Đội Trinh sát',
    'Đội Vận động quần chúng',
    'Đội Tham mưu – Hành chính',
    'Trạm Kiểm soát Biên phòng',
    'Tổ công tác Biên phòng',
    'Đội Hậu cần – Kỹ thuật',
  ],
};

const PARTIALS: Readonly<Record<OrgType, readonly string[]>> = {
  locality: ['khu Bắc', 'khu Nam', 'khu Đông', 'khu Tây'],
  school: ['Khối Giảng dạy', 'Khối Phục vụ'],
  hospital: ['Khối Nội', 'Khối Ngoại', 'Khối Cận lâm sàng'],
  enterprise: ['Khối Sản xuất', 'Khối Văn phòng', 'Khối Kinh doanh'],
  agency: ['Khối Nghiệp vụ', 'Khối Tham mưu'],
  military: ['Khối Cơ quan', 'Khối Đơn vị'],
  police: ['Khối Nghiệp vụ', 'Khối Tham mưu – Hậu cần'],
  border: ['Khối Cơ quan', 'Khối Đơn vị'],
};

function localityCells(l: Locality, count: number, rng: Rng): string[] {
  const police = { ward: 'Công an phường', town: 'Công an thị trấn', commune: 'Công an xã' }[l.kind];
  const specials = ['Trạm Y tế', 'Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Quân sự', police, 'Cơ quan'];
  const nSpecial = Math.min(specials.length, Math.round(count * 0.25));
  const nHomes = count - nSpecial;
  let homes: string[];
  if (l.kind !== 'commune') {
    homes = Array.from({ length: nHomes }, (_, i) => `tổ dân phố số ${i + 1}`);
  } else if (nHomes <= VILLAGES.length && rng.chance(0.5)) {
    homes = rng
      .shuffle([...VILLAGES])
      .slice(0, nHomes)
      .map((v) => `thôn ${v}`);
  } else {
    homes = Array.from({ length: nHomes }, (_, i) => `xóm ${i + 1}`);
  }
  return [...homes, ...specials.slice(0, nSpecial)];
}

/** `count` distinct cell names for a grassroots committee, e.g. 'Chi bộ thôn Đông', 'Chi bộ Khoa Nội'. */
export function cellNames(type: OrgType, l: Locality, count: number, rng: Rng): string[] {
  const base = type === 'locality' ? localityCells(l, count, rng) : CELLS[type].slice(0, count);
  const names = base.map((n) => `Chi bộ ${n}`);
  for (let i = names.length + 1; names.length < count; i++) {
    const n = `Chi bộ số ${i}`;
    if (!names.includes(n)) names.push(n);
  }
  return names;
}

/** The k-th (0-based) partial committee name for a grassroots committee of this type. */
export function partialName(type: OrgType, k: number): string {
  const pool = PARTIALS[type];
  return `Đảng bộ bộ phận ${pool[k] ?? `số ${k + 1}`}`;
}

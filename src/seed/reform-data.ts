// The 2025 reorganization of the demo province: the new commune-level units each old district's communes and
// wards were merged into (two-tier local government, 1 July 2025), and which provincial bodies went to the new
// Đảng bộ các cơ quan Đảng tỉnh. Names of the new communes and wards follow the Nam Định part of Nghị quyết
// 1674/NQ-UBTVQH15 (16 June 2025) as far as we know them; docs/decisions.md says they are unverified.

export const REFORM_DATE = '2025-07-01';
export const REFORM_DECISION = '1250-QĐ/TU';
export const REFORM_TITLE = 'Sắp xếp tổ chức đảng theo mô hình chính quyền địa phương hai cấp (từ 01/7/2025)';

type Raw = readonly (readonly ['ward' | 'commune', string])[];
const RAW: Readonly<Record<string, Raw>> = {
  TP: [
    ['ward', 'Nam Định'],
    ['ward', 'Thiên Trường'],
    ['ward', 'Đông A'],
    ['ward', 'Thành Nam'],
    ['ward', 'Trường Thi'],
    ['ward', 'Vị Khê'],
  ],
  ML: [
    ['ward', 'Mỹ Lộc'],
    ['ward', 'Hồng Quang'],
  ],
  VB: [
    ['commune', 'Vụ Bản'],
    ['commune', 'Minh Tân'],
    ['commune', 'Hiển Khánh'],
    ['commune', 'Liên Minh'],
  ],
  YY: [
    ['commune', 'Ý Yên'],
    ['commune', 'Yên Đồng'],
    ['commune', 'Yên Cường'],
    ['commune', 'Vạn Thắng'],
    ['commune', 'Vũ Dương'],
    ['commune', 'Tân Minh'],
    ['commune', 'Phong Doanh'],
  ],
  NH: [
    ['commune', 'Nghĩa Hưng'],
    ['commune', 'Nghĩa Sơn'],
    ['commune', 'Hồng Phong'],
    ['commune', 'Quỹ Nhất'],
    ['commune', 'Nghĩa Lâm'],
    ['commune', 'Rạng Đông'],
    ['commune', 'Đồng Thịnh'],
  ],
  NT: [
    ['commune', 'Nam Trực'],
    ['commune', 'Nam Minh'],
    ['commune', 'Nam Đồng'],
    ['commune', 'Nam Ninh'],
    ['commune', 'Nam Hồng'],
  ],
  TN: [
    ['commune', 'Cổ Lễ'],
    ['commune', 'Ninh Giang'],
    ['commune', 'Cát Thành'],
    ['commune', 'Trực Ninh'],
    ['commune', 'Quang Hưng'],
    ['commune', 'Minh Thái'],
    ['commune', 'Ninh Cường'],
  ],
  XT: [
    ['commune', 'Xuân Trường'],
    ['commune', 'Xuân Hưng'],
    ['commune', 'Xuân Giang'],
    ['commune', 'Xuân Hồng'],
  ],
  GT: [
    ['commune', 'Giao Thủy'],
    ['commune', 'Giao Minh'],
    ['commune', 'Giao Hòa'],
    ['commune', 'Giao Phúc'],
    ['commune', 'Giao Hưng'],
    ['commune', 'Giao Bình'],
    ['commune', 'Giao Ninh'],
  ],
  HH: [
    ['commune', 'Hải Hậu'],
    ['commune', 'Hải Anh'],
    ['commune', 'Hải Tiến'],
    ['commune', 'Hải Hưng'],
    ['commune', 'Hải An'],
    ['commune', 'Hải Quang'],
    ['commune', 'Hải Xuân'],
    ['commune', 'Hải Thịnh'],
  ],
};

export interface NewLocality {
  kind: 'ward' | 'commune';
  name: string;
}

/** New commune-level units by old district code, in order; the first is where the district's offices were. */
export const NEW_LOCALITIES: Readonly<Record<string, readonly NewLocality[]>> = Object.fromEntries(
  Object.entries(RAW).map(([code, list]) => [code, list.map(([kind, name]) => ({ kind, name }))]),
);

/** Grassroots organizations of the old khối các cơ quan that went to the Đảng bộ các cơ quan Đảng tỉnh. */
export const PARTY_BODY =
  /^(Cơ quan Tỉnh ủy|Ủy ban Mặt trận|Báo |Đài Phát thanh|Trường Chính trị|Hội |Tỉnh đoàn|Liên đoàn Lao động|Liên hiệp các Hội|Liên minh Hợp tác xã|Tòa án|Viện Kiểm sát|Văn phòng Đoàn đại biểu|Ban Bảo vệ)/;

export const PARTY_BODIES_NAME = 'Đảng bộ các cơ quan Đảng tỉnh';
export const GOVERNMENT_NAME = 'Đảng bộ Ủy ban nhân dân tỉnh';

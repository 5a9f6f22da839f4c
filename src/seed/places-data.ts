// Nam Định before the 2025 reform: the city and nine districts with their wards, towns and communes
// (names as in the 2019–2024 administrative map; a few may have changed in mergers since).

export interface District {
  /** Short code used in unit codes, e.g. 'YY' for Ý Yên. */
  code: string;
  /** The committee's name, e.g. 'Huyện ủy Ý Yên'. */
  committee: string;
  /** As written in an address, e.g. 'huyện Ý Yên'. */
  area: string;
  wards: readonly string[];
  towns: readonly string[];
  communes: readonly string[];
}

export const PROVINCE = {
  name: 'Tỉnh ủy Nam Định',
  code: 'NDI',
  address: 'tỉnh Nam Định',
  founded: '1930-02-03',
} as const;

export const DISTRICTS: readonly District[] = [
  {
    code: 'TP', committee: 'Thành ủy Nam Định', area: 'thành phố Nam Định',
    wards: ['Bà Triệu', 'Cửa Bắc', 'Cửa Nam', 'Hạ Long', 'Lộc Hạ', 'Lộc Hòa', 'Lộc Vượng', 'Mỹ Xá',
      'Năng Tĩnh', 'Ngô Quyền', 'Nguyễn Du', 'Phan Đình Phùng', 'Quang Trung', 'Thống Nhất',
      'Trần Đăng Ninh', 'Trần Hưng Đạo', 'Trần Quang Khải', 'Trần Tế Xương', 'Trường Thi',
      'Văn Miếu', 'Vị Hoàng', 'Vị Xuyên'],
    towns: [], communes: ['Lộc An', 'Nam Phong', 'Nam Vân'],
  },
  {
    code: 'ML', committee: 'Huyện ủy Mỹ Lộc', area: 'huyện Mỹ Lộc', wards: [], towns: ['Mỹ Lộc'],
    communes: ['Mỹ Hà', 'Mỹ Hưng', 'Mỹ Phúc', 'Mỹ Tân', 'Mỹ Thắng', 'Mỹ Thành', 'Mỹ Thịnh',
      'Mỹ Thuận', 'Mỹ Tiến', 'Mỹ Trung'],
  },
  {
    code: 'VB', committee: 'Huyện ủy Vụ Bản', area: 'huyện Vụ Bản', wards: [], towns: ['Gôi'],
    communes: ['Cộng Hòa', 'Đại An', 'Đại Thắng', 'Hiển Khánh', 'Hợp Hưng', 'Kim Thái', 'Liên Bảo',
      'Liên Minh', 'Minh Tân', 'Minh Thuận', 'Quang Trung', 'Tam Thanh', 'Tân Khánh', 'Tân Thành',
      'Thành Lợi', 'Trung Thành', 'Vĩnh Hào'],
  },
  {
    code: 'YY', committee: 'Huyện ủy Ý Yên', area: 'huyện Ý Yên', wards: [], towns: ['Lâm'],
    communes: ['Yên Bằng', 'Yên Bình', 'Yên Chính', 'Yên Cường', 'Yên Dương', 'Yên Đồng',
      'Yên Hồng', 'Yên Hưng', 'Yên Khang', 'Yên Khánh', 'Yên Lộc', 'Yên Lợi', 'Yên Lương',
      'Yên Minh', 'Yên Mỹ', 'Yên Nhân', 'Yên Ninh', 'Yên Phong', 'Yên Phúc', 'Yên Quang', 'Yên Tân',
      'Yên Thắng', 'Yên Thành', 'Yên Thọ', 'Yên Tiến', 'Yên Trị', 'Yên Trung', 'Tân Minh',
      'Phú Hưng'],
  },
  {
    code: 'NH', committee: 'Huyện ủy Nghĩa Hưng', area: 'huyện Nghĩa Hưng', wards: [],
    towns: ['Liễu Đề', 'Rạng Đông', 'Quỹ Nhất'],
    communes: ['Hoàng Nam', 'Nghĩa Bình', 'Nghĩa Châu', 'Nghĩa Đồng', 'Nghĩa Hải', 'Nghĩa Hùng',
      'Nghĩa Hồng', 'Nghĩa Lạc', 'Nghĩa Lâm', 'Nghĩa Lợi', 'Nghĩa Minh', 'Nghĩa Phong', 'Nghĩa Phú',
      'Nghĩa Phúc', 'Nghĩa Sơn', 'Nghĩa Tân', 'Nghĩa Thái', 'Nghĩa Thành', 'Nghĩa Thịnh',
      'Nghĩa Trung', 'Phúc Thắng', 'Nam Điền'],
  },
  {
    code: 'NT', committee: 'Huyện ủy Nam Trực', area: 'huyện Nam Trực', wards: [], towns: ['Nam Giang'],
    communes: ['Bình Minh', 'Điền Xá', 'Đồng Sơn', 'Hồng Quang', 'Nam Cường', 'Nam Dương', 'Nam Hải',
      'Nam Hoa', 'Nam Hồng', 'Nam Hùng', 'Nam Lợi', 'Nam Mỹ', 'Nam Thái', 'Nam Thắng', 'Nam Thanh',
      'Nam Tiến', 'Nam Toàn', 'Nghĩa An', 'Tân Thịnh'],
  },
  {
    code: 'TN', committee: 'Huyện ủy Trực Ninh', area: 'huyện Trực Ninh', wards: [],
    towns: ['Cổ Lễ', 'Cát Thành', 'Ninh Cường'],
    communes: ['Liêm Hải', 'Phương Định', 'Trung Đông', 'Trực Chính', 'Trực Cường', 'Trực Đại',
      'Trực Đạo', 'Trực Hùng', 'Trực Hưng', 'Trực Khang', 'Trực Mỹ', 'Trực Nội', 'Trực Phú',
      'Trực Thái', 'Trực Thắng', 'Trực Thanh', 'Trực Thuận', 'Trực Tuấn', 'Việt Hùng'],
  },
  {
    code: 'XT', committee: 'Huyện ủy Xuân Trường', area: 'huyện Xuân Trường', wards: [],
    towns: ['Xuân Trường'],
    communes: ['Thọ Nghiệp', 'Xuân Bắc', 'Xuân Châu', 'Xuân Đài', 'Xuân Hòa', 'Xuân Hồng',
      'Xuân Kiên', 'Xuân Ngọc', 'Xuân Ninh', 'Xuân Phong', 'Xuân Phú', 'Xuân Phúc', 'Xuân Tân',
      'Xuân Thành', 'Xuân Thượng', 'Xuân Thủy', 'Xuân Tiến', 'Xuân Trung', 'Xuân Vinh'],
  },
  {
    code: 'GT', committee: 'Huyện ủy Giao Thủy', area: 'huyện Giao Thủy', wards: [],
    towns: ['Ngô Đồng', 'Quất Lâm'],
    communes: ['Bạch Long', 'Bình Hòa', 'Giao An', 'Giao Châu', 'Giao Hà', 'Giao Hải', 'Giao Hương',
      'Giao Lạc', 'Giao Long', 'Giao Nhân', 'Giao Phong', 'Giao Tân', 'Giao Thanh', 'Giao Thiện',
      'Giao Thịnh', 'Giao Tiến', 'Giao Xuân', 'Giao Yến', 'Hồng Thuận', 'Hoành Sơn'],
  },
  {
    code: 'HH', committee: 'Huyện ủy Hải Hậu', area: 'huyện Hải Hậu', wards: [],
    towns: ['Yên Định', 'Cồn', 'Thịnh Long'],
    communes: ['Hải An', 'Hải Anh', 'Hải Bắc', 'Hải Châu', 'Hải Chính', 'Hải Cường', 'Hải Đông',
      'Hải Đường', 'Hải Giang', 'Hải Hà', 'Hải Hòa', 'Hải Hưng', 'Hải Lộc', 'Hải Long', 'Hải Lý',
      'Hải Minh', 'Hải Nam', 'Hải Ninh', 'Hải Phong', 'Hải Phú', 'Hải Phúc', 'Hải Phương',
      'Hải Quang', 'Hải Sơn', 'Hải Tân', 'Hải Tây', 'Hải Thanh', 'Hải Triều', 'Hải Trung', 'Hải Vân',
      'Hải Xuân'],
  },
];

/** A commune-level place, as used in addresses: 'xã Yên Khánh, huyện Ý Yên, tỉnh Nam Định'. */
export interface Locality {
  kind: 'ward' | 'town' | 'commune';
  name: string;
  district: District;
  address: string;
}

const PREFIX = { ward: 'phường', town: 'thị trấn', commune: 'xã' } as const;

export function localitiesOf(d: District): Locality[] {
  const make = (kind: Locality['kind'], name: string): Locality => ({
    kind, name, district: d, address: `${PREFIX[kind]} ${name}, ${d.area}, ${PROVINCE.address}`,
  });
  return [
    ...d.wards.map((n) => make('ward', n)),
    ...d.towns.map((n) => make('town', n)),
    ...d.communes.map((n) => make('commune', n)),
  ];
}

export const ALL_LOCALITIES: readonly Locality[] = DISTRICTS.flatMap(localitiesOf);

/** The grassroots committee of a locality: 'Đảng ủy xã Yên Khánh'. */
export function localityCommittee(l: Locality): string {
  return `Đảng ủy ${PREFIX[l.kind]} ${l.name}`;
}

/** Village (thôn) names seen across the Red River delta; cells are named after them. */
export const VILLAGES: readonly string[] = [
  'Đông', 'Đoài', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Nội', 'An Bình', 'An Lạc', 'Bình Minh',
  'Đông Hưng', 'Tây Sơn', 'Phú Thọ', 'Hưng Long', 'Phú Hào', 'Văn Lãng', 'Đại Đê', 'Cao Phương',
  'Kênh Giang', 'Đồng Quỹ', 'Vân Cát', 'Phú Lão', 'Yên Thịnh', 'Thanh Khê', 'Lạc Chính',
  'Đống Cao', 'Lũ Phong', 'Trình Xuyên', 'Tiên Hương', 'An Cừ', 'Quả Linh', 'Hồng Phong',
  'Tân Lập', 'Quyết Thắng', 'Chiến Thắng', 'Thắng Lợi', 'Đoàn Kết', 'Hòa Bình', 'Đồng Tâm',
  'Trại Cầu', 'Phú Văn', 'Ngọc Tỉnh', 'Mỹ Trọng', 'Vị Khê', 'Cổ Gia', 'Tam Quang', 'Lộng Điền',
];

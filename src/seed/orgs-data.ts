// Names of grassroots organizations that are not communes or wards: provincial agencies, enterprises,
// the armed forces, and the agencies and schools of each district. Names only, without the
// 'Đảng ủy' / 'Chi bộ' prefix; the planner adds it according to the kind it gives the unit.
import type { District } from './places-data.js';

/** What a grassroots organization is; it decides its cells' names and its members' occupations. */
export type OrgType = 'locality' | 'school' | 'hospital' | 'enterprise' | 'agency' | 'military' | 'police' | 'border';

export interface Bloc {
  code: string;
  committee: string;
  type: OrgType;
  /** Grassroots organizations of this bloc at the reference size (Nam Định: 921 in all). */
  baseCommittees: number;
  baseCells: number;
  /** Large bodies first (they become grassroots committees), then small ones (grassroots cells). */
  committees: readonly string[];
  cells: readonly string[];
}

const DISTRICT_AREAS = ['huyện Mỹ Lộc', 'huyện Vụ Bản', 'huyện Ý Yên', 'huyện Nghĩa Hưng', 'huyện Nam Trực',
  'huyện Trực Ninh', 'huyện Xuân Trường', 'huyện Giao Thủy', 'huyện Hải Hậu'];

const DISTRICT_SHORT = ['Thành phố Nam Định', ...DISTRICT_AREAS.map((a) => a.replace('huyện ', ''))];

const ENTERPRISE_CORES = ['Cơ khí Xuân Tiến', 'Thương mại Vị Hoàng', 'Bê tông Thành Nam', 'Vật liệu xây dựng Ý Yên',
  'Gốm sứ Nam Định', 'Chế biến nông sản Hải Hậu', 'Thủy sản Giao Thủy', 'Tư vấn xây dựng Nam Định',
  'Sách và Thiết bị trường học', 'Du lịch Nam Định', 'Cấp thoát nước Nam Trực', 'Dệt kim Thành Nam',
  'May xuất khẩu Hải Hậu', 'Đóng tàu Nam Hà', 'Vận tải thủy Nam Định', 'Cơ điện lạnh Nam Định',
  'Thiết bị y tế Nam Định', 'Phân bón Nam Định', 'Thức ăn chăn nuôi Mỹ Lộc', 'Gạch ngói Vụ Bản',
  'Kinh doanh nhà Nam Định', 'Thương mại Mỹ Tho', 'Đồ gỗ La Xuyên', 'Đúc đồng Tống Xá', 'Muối Bạch Long',
  'Nông sản Xuân Trường', 'Dịch vụ đô thị Nam Định', 'Khách sạn Vị Hoàng', 'Bao bì Nam Định',
  'Công trình giao thông Nam Định', 'Điện tử Nam Định', 'Nhựa Thành Nam', 'Sợi Nam Định', 'In Nam Định',
  'Giống cây trồng Nam Định', 'Xuất nhập khẩu Nam Định', 'Dược phẩm Nam Hà', 'Xây dựng số 1 Nam Định',
  'Vận tải Nam Định', 'Chiếu sáng đô thị Nam Định', 'Cây xanh Nam Định', 'Thương mại Hà Nam Ninh',
  'Khăn bông Nam Định', 'Dệt lụa Nam Định', 'May Thành Nam', 'Thủy sản Hải Thịnh', 'Muối Văn Lý',
  'Đóng tàu Thịnh Long', 'Thép Thành Nam', 'Dây cáp điện Nam Định', 'Bánh kẹo Nam Định', 'Bia Nam Định',
  'Rượu Kiên Lao', 'Sữa Thành Nam', 'Phát triển đô thị Nam Định', 'Kinh doanh than Nam Định',
  'Đầu tư hạ tầng khu công nghiệp Nam Định', 'Vật tư nông nghiệp Nam Định', 'Dịch vụ bảo vệ Thành Nam',
  'Bến xe Nam Định'];

export const BLOCS: readonly Bloc[] = [
  {
    code: 'CQ', committee: 'Đảng ủy Khối các cơ quan tỉnh', type: 'agency', baseCommittees: 40, baseCells: 45,
    committees: ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư',
      'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải',
      'Sở Nội vụ', 'Sở Lao động – Thương binh và Xã hội', 'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Tài nguyên và Môi trường', 'Văn phòng Ủy ban nhân dân tỉnh', 'Cơ quan Tỉnh ủy', 'Cục Thuế tỉnh',
      'Kho bạc Nhà nước tỉnh', 'Bảo hiểm xã hội tỉnh', 'Tòa án nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh',
      'Bệnh viện Đa khoa tỉnh', 'Bệnh viện Phụ sản', 'Bệnh viện Nhi', 'Bệnh viện Tâm thần', 'Bệnh viện Mắt',
      'Bệnh viện Lao và Bệnh phổi', 'Bệnh viện Y học cổ truyền', 'Bệnh viện Đa khoa Sài Gòn – Nam Định',
      'Trung tâm Kiểm soát bệnh tật tỉnh', 'Trường Chính trị Trường Chinh', 'Trường THPT chuyên Lê Hồng Phong',
      'Trường Cao đẳng Sư phạm Nam Định', 'Trường Cao đẳng Y tế Nam Định', 'Báo Nam Định',
      'Đài Phát thanh và Truyền hình Nam Định', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Cục Thi hành án dân sự tỉnh', 'Cục Hải quan Nam Định', 'Thống kê tỉnh Nam Định',
      'Ngân hàng Nhà nước chi nhánh tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh'],
    cells: ['Sở Tư pháp', 'Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông', 'Thanh tra tỉnh',
      'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Hội Nông dân tỉnh',
      'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn Nam Định', 'Liên đoàn Lao động tỉnh', 'Hội Cựu chiến binh tỉnh',
      'Hội Chữ thập đỏ tỉnh', 'Liên minh Hợp tác xã tỉnh', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      'Hội Văn học Nghệ thuật tỉnh', 'Chi cục Thủy lợi', 'Chi cục Chăn nuôi và Thú y', 'Chi cục Kiểm lâm',
      'Chi cục Quản lý thị trường', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Chi cục Dân số – Kế hoạch hóa gia đình',
      'Chi cục An toàn vệ sinh thực phẩm', 'Chi cục Thủy sản', 'Chi cục Phát triển nông thôn',
      'Chi cục Trồng trọt và Bảo vệ thực vật', 'Chi cục Văn thư – Lưu trữ', 'Trung tâm Xúc tiến đầu tư',
      'Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Khuyến nông', 'Trung tâm Dịch vụ việc làm',
      'Trung tâm Công tác xã hội', 'Trung tâm Văn hóa tỉnh', 'Thư viện tỉnh', 'Bảo tàng tỉnh',
      'Nhà hát Nghệ thuật truyền thống', 'Trung tâm Huấn luyện và Thi đấu thể dục thể thao',
      'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Quỹ Đầu tư phát triển tỉnh', 'Trung tâm Quan trắc môi trường',
      'Trung tâm Công nghệ thông tin và Truyền thông', 'Trường Cao đẳng Kinh tế – Kỹ thuật Nam Định',
      'Trường THPT Nguyễn Khuyến', 'Trường THPT Trần Hưng Đạo', 'Trường THPT Ngô Quyền',
      'Trường THPT Nguyễn Huệ', 'Trường THPT Trần Quang Khải', 'Bệnh viện Phục hồi chức năng',
      'Trung tâm Pháp y', 'Trung tâm Giám định y khoa', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh'],
  },
  {
    code: 'DN', committee: 'Đảng ủy Khối Doanh nghiệp tỉnh', type: 'enterprise', baseCommittees: 38, baseCells: 60,
    committees: ['Tổng Công ty Cổ phần Dệt may Nam Định', 'Công ty Điện lực Nam Định', 'Viễn thông Nam Định',
      'Bưu điện tỉnh Nam Định', 'Công ty Cổ phần Nước sạch Nam Định', 'Công ty TNHH MTV Môi trường Nam Định',
      'Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Nam Hà',
      'Công ty TNHH MTV Khai thác công trình thủy lợi Nghĩa Hưng',
      'Công ty TNHH MTV Khai thác công trình thủy lợi Xuân Thủy',
      'Công ty TNHH MTV Khai thác công trình thủy lợi Hải Hậu',
      'Công ty TNHH MTV Khai thác công trình thủy lợi Nam Ninh',
      'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Nam Định',
      'Ngân hàng TMCP Công thương chi nhánh Nam Định', 'Ngân hàng TMCP Đầu tư và Phát triển chi nhánh Nam Định',
      'Ngân hàng TMCP Ngoại thương chi nhánh Nam Định', 'Công ty Cổ phần May Sông Hồng',
      'Công ty Cổ phần Dệt may Sơn Nam', 'Công ty Xăng dầu Hà Nam Ninh', 'Công ty Xổ số kiến thiết Nam Định',
      'Công ty Bảo Việt Nam Định'],
    cells: [...ENTERPRISE_CORES.map((c, i) => (i % 3 === 2 ? 'Công ty TNHH ' : 'Công ty Cổ phần ') + c),
      ...DISTRICT_SHORT.flatMap((d) => [`Điện lực ${d}`, `Trung tâm Viễn thông ${d}`,
        `Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh ${d}`])],
  },
  {
    code: 'QS', committee: 'Đảng ủy Quân sự tỉnh', type: 'military', baseCommittees: 16, baseCells: 8,
    committees: ['Cơ quan Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ huy Quân sự thành phố Nam Định',
      ...DISTRICT_AREAS.map((a) => `Ban Chỉ huy Quân sự ${a}`), 'Trường Quân sự tỉnh',
      'Tiểu đoàn Huấn luyện – Cơ động', 'Tiểu đoàn Bộ binh'],
    cells: ['Đại đội Trinh sát', 'Đại đội Thông tin', 'Đại đội Công binh', 'Đại đội Phòng hóa',
      'Đại đội Pháo phòng không', 'Kho Kỹ thuật', 'Trạm Sửa chữa tổng hợp', 'Nhà khách Quân sự tỉnh',
      'Ban Chỉ huy Quân sự Khu công nghiệp Hòa Xá', 'Đại đội Vận tải', 'Trung đội Cảnh vệ'],
  },
  {
    code: 'CA', committee: 'Đảng ủy Công an tỉnh', type: 'police', baseCommittees: 24, baseCells: 10,
    committees: ['Công an thành phố Nam Định', ...DISTRICT_AREAS.map((a) => `Công an ${a}`),
      'Phòng Cảnh sát Hình sự', 'Phòng Cảnh sát Giao thông',
      'Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Phòng An ninh Chính trị nội bộ',
      'Phòng An ninh Kinh tế', 'Phòng Cảnh sát Kinh tế', 'Phòng Cảnh sát Điều tra tội phạm về ma túy',
      'Phòng Cảnh sát Cơ động', 'Phòng Tham mưu', 'Phòng Tổ chức cán bộ', 'Trại Tạm giam'],
    cells: ['Phòng Hậu cần', 'Phòng Hồ sơ', 'Phòng Kỹ thuật hình sự', 'Phòng Quản lý xuất nhập cảnh',
      'Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao',
      'Phòng Công tác Đảng và Công tác chính trị', 'Phòng Cảnh sát Quản lý hành chính về trật tự xã hội',
      'Phòng Thông tin liên lạc', 'Phòng Pháp chế', 'Thanh tra Công an tỉnh', 'Phòng An ninh đối ngoại',
      'Phòng Cảnh sát Thi hành án hình sự và hỗ trợ tư pháp', 'Phòng Cảnh sát Môi trường',
      'Phòng Cảnh sát Bảo vệ'],
  },
  {
    code: 'BP', committee: 'Đảng ủy Bộ đội Biên phòng tỉnh', type: 'border', baseCommittees: 6, baseCells: 3,
    committees: ['Cơ quan Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Đồn Biên phòng Giao Thiện',
      'Đồn Biên phòng Hải Lý', 'Đồn Biên phòng Hải Thịnh', 'Đồn Biên phòng Nghĩa Hưng',
      'Đồn Biên phòng Quất Lâm'],
    cells: ['Hải đội Biên phòng 2', 'Đội Đặc nhiệm phòng chống ma túy và tội phạm',
      'Đại đội Huấn luyện – Cơ động', 'Trạm Kiểm soát Biên phòng Cửa Đáy'],
  },
];

const DISTRICT_AGENCIES = ['Phòng Giáo dục và Đào tạo', 'Chi cục Thuế khu vực', 'Kho bạc Nhà nước',
  'Bảo hiểm xã hội', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Chi cục Thi hành án dân sự',
  'Ngân hàng Chính sách xã hội', 'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên',
  'Trung tâm Văn hóa, Thể thao và Truyền thông', 'Ban Quản lý dự án đầu tư xây dựng'];
const INDUSTRIES = ['May', 'Dệt', 'Cơ khí', 'Xây dựng', 'Thương mại', 'Chế biến nông sản', 'Vật liệu xây dựng', 'Thủy sản'];

/** Non-locality bodies of a district: committee-sized first, then cell-sized ones. */
export function districtBodies(d: District): { committees: string[]; cells: string[] } {
  const places = [...d.wards, ...d.towns, ...d.communes];
  const short = d.area.replace(/^(huyện|thành phố) /, '');
  const committees = [`Cơ quan Ủy ban nhân dân ${d.area}`, `Khối Đảng – Đoàn thể ${d.area}`,
    `Trung tâm Y tế ${d.area}`, `Bệnh viện Đa khoa ${d.area}`, `Trường THPT ${short} A`,
    `Trường THPT ${short} B`, `Trường THPT ${short} C`,
    ...places.map((c, i) => `Công ty Cổ phần ${INDUSTRIES[i % INDUSTRIES.length]} ${c}`),
    ...places.map((c, i) => `Công ty TNHH ${INDUSTRIES[(i + 3) % INDUSTRIES.length]} ${c}`)];
  const cells = [...DISTRICT_AGENCIES.map((a) => `${a} ${d.area}`),
    ...places.flatMap((c) => [`Trường THCS ${c}`, `Trường Tiểu học ${c}`, `Trường Mầm non ${c}`,
      `Quỹ Tín dụng nhân dân ${c}`, `Hợp tác xã Dịch vụ nông nghiệp ${c}`])];
  return { committees, cells };
}

/** The kind of body a name denotes, for names outside a bloc's own type. */
export function typeOfBody(name: string, fallback: OrgType): OrgType {
  if (/^Trường (THPT|THCS|Tiểu học|Mầm non|Cao đẳng|Chính trị)/.test(name)) return 'school';
  if (/^(Bệnh viện|Trung tâm Y tế|Trung tâm Kiểm soát bệnh tật)/.test(name)) return 'hospital';
  if (/^(Công ty|Tổng Công ty|Ngân hàng|Quỹ Tín dụng|Hợp tác xã|Viễn thông|Bưu điện)/.test(name)) return 'enterprise';
  return fallback;
}

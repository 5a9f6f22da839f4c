// Vietnamese personal names for the demo data. Family-name weights follow published frequency
// estimates (Nguyễn ≈ 38%), with the northern spellings (Vũ, Hoàng) usual in Nam Định.
import { table, type WeightedTable } from './rng.js';

export const FAMILY = table<string>([
  ['Nguyễn', 380], ['Trần', 115], ['Lê', 90], ['Phạm', 70], ['Hoàng', 45], ['Vũ', 45],
  ['Đặng', 22], ['Bùi', 22], ['Phan', 18], ['Đỗ', 18], ['Ngô', 13], ['Dương', 10],
  ['Đinh', 10], ['Trịnh', 9], ['Đoàn', 9], ['Mai', 8], ['Đào', 8], ['Lương', 7], ['Cao', 6],
  ['Lý', 5], ['Tạ', 5], ['Hà', 5], ['Hồ', 5], ['Trương', 4], ['Tô', 3], ['Lưu', 3], ['Lại', 3],
  ['Phùng', 3], ['Chu', 3], ['Tống', 3], ['Vương', 2], ['Triệu', 2], ['Kiều', 2], ['Quách', 2],
  ['Nghiêm', 2], ['Lâm', 2], ['Đàm', 2], ['Thái', 2], ['Khúc', 1], ['Lã', 1], ['Hứa', 1],
  ['Văn', 1], ['Tăng', 1], ['Ninh', 1],
]);

export const MIDDLE_MALE = table<string>([
  ['Văn', 40], ['Đức', 8], ['Minh', 7], ['Đình', 5], ['Hữu', 5], ['Quốc', 4], ['Công', 4],
  ['Xuân', 4], ['Thanh', 4], ['Quang', 4], ['Ngọc', 3], ['Duy', 3], ['Trung', 2], ['Tiến', 2],
  ['Mạnh', 2], ['Huy', 2], ['Bá', 2], ['Thế', 2], ['Trọng', 2], ['Khắc', 1], ['Viết', 1],
  ['Anh', 1], ['Hồng', 1], ['Tuấn', 1], ['Hải', 1], ['Kim', 1], ['Văn Minh', 1], ['Đức Anh', 1],
  ['Trường', 1], ['Sỹ', 1],
]);

export const MIDDLE_FEMALE = table<string>([
  ['Thị', 45], ['Thị Thu', 4], ['Thị Thanh', 3], ['Thị Ngọc', 2], ['Thị Minh', 2], ['Thị Kim', 2],
  ['Thị Hồng', 2], ['Thị Bích', 1], ['Thị Thúy', 1], ['Ngọc', 5], ['Thu', 5], ['Thanh', 5],
  ['Thùy', 3], ['Phương', 3], ['Minh', 3], ['Hồng', 3], ['Kim', 2], ['Mai', 2], ['Bích', 2],
  ['Khánh', 2], ['Diệu', 1], ['Hải', 1], ['Quỳnh', 1], ['Lan', 1], ['Hoài', 1], ['Tuyết', 1],
  ['Vân', 1], ['Hà', 1],
]);

export const GIVEN_MALE: readonly string[] = [
  'An', 'Anh', 'Bảo', 'Bình', 'Bằng', 'Chiến', 'Chính', 'Chung', 'Công', 'Cường', 'Dũng', 'Duy',
  'Dương', 'Đại', 'Đạt', 'Định', 'Đông', 'Đức', 'Giang', 'Hải', 'Hào', 'Hậu', 'Hiển', 'Hiếu',
  'Hiệp', 'Hòa', 'Hoàng', 'Hợp', 'Hùng', 'Huy', 'Hưng', 'Khải', 'Khang', 'Khánh', 'Khoa',
  'Khoát', 'Kiên', 'Lâm', 'Linh', 'Lộc', 'Long', 'Lợi', 'Luân', 'Lực', 'Mạnh', 'Minh', 'Nam',
  'Nghĩa', 'Ngoan', 'Ngọc', 'Nguyên', 'Nhân', 'Ninh', 'Phong', 'Phú', 'Phúc', 'Phương', 'Quân',
  'Quang', 'Quý', 'Quyết', 'Sáng', 'Sơn', 'Tài', 'Tâm', 'Thái', 'Thắng', 'Thanh', 'Thành',
  'Thịnh', 'Thuận', 'Thức', 'Thưởng', 'Tiến', 'Toàn', 'Trọng', 'Trung', 'Trường', 'Tú', 'Tuấn',
  'Tùng', 'Tuyên', 'Vinh', 'Việt', 'Vũ', 'Xuân', 'Hạnh', 'Khiêm', 'Lương', 'Thọ',
];

export const GIVEN_FEMALE: readonly string[] = [
  'An', 'Anh', 'Ánh', 'Bích', 'Chi', 'Cúc', 'Dung', 'Duyên', 'Đào', 'Điệp', 'Gấm', 'Giang',
  'Hà', 'Hải', 'Hạnh', 'Hằng', 'Hậu', 'Hiền', 'Hoa', 'Hòa', 'Hồng', 'Huế', 'Huệ', 'Hương',
  'Hường', 'Huyền', 'Khuyên', 'Lan', 'Lệ', 'Liên', 'Liễu', 'Linh', 'Loan', 'Lụa', 'Luyến', 'Lý',
  'Mai', 'Mến', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nguyệt', 'Nhàn', 'Nhung', 'Nụ', 'Oanh', 'Phượng',
  'Phương', 'Quyên', 'Quỳnh', 'Sen', 'Tâm', 'Thảo', 'Thắm', 'Thêu', 'Thoa', 'Thơm', 'Thu',
  'Thủy', 'Thúy', 'Thư', 'Thương', 'Trang', 'Trâm', 'Tuyết', 'Tươi', 'Uyên', 'Vân', 'Vui',
  'Xuân', 'Yến', 'Hạnh', 'Lương', 'Nhài', 'Thanh',
];

export const ETHNICITY = table<string>([
  ['Kinh', 9930], ['Mường', 25], ['Tày', 15], ['Thái', 10], ['Hoa', 12], ['Nùng', 5], ['Dao', 3],
]);

export const EDUCATION_OLD = table<string>([
  ['10/10', 35], ['7/10', 25], ['12/12', 20], ['9/12', 8], ['Trung cấp', 6], ['Đại học', 6],
]);
export const EDUCATION = table<string>([
  ['12/12', 55], ['9/12', 10], ['Trung cấp', 6], ['Cao đẳng', 6], ['Đại học', 19], ['Thạc sĩ', 3.5],
  ['Tiến sĩ', 0.5],
]);
export const EDUCATION_PROFESSIONAL = table<string>([
  ['Đại học', 62], ['Thạc sĩ', 18], ['Cao đẳng', 10], ['Tiến sĩ', 3], ['Trung cấp', 7],
]);

export const THEORY_LEVEL = table<string>([
  ['Sơ cấp', 45], ['', 30], ['Trung cấp', 18], ['Cao cấp', 5], ['Cử nhân', 2],
]);

/** Occupations by the kind of grassroots unit the member belongs to. */
export const OCCUPATION: Readonly<Record<string, WeightedTable<string>>> = {
  locality: table<string>([
    ['Nông dân', 34], ['Hưu trí', 22], ['Kinh doanh', 9], ['Công nhân', 8], ['Giáo viên', 5],
    ['Công chức', 6], ['Lao động tự do', 8], ['Cựu chiến binh', 4], ['Nhân viên y tế', 2],
    ['Ngư dân', 2],
  ]),
  school: table<string>([['Giáo viên', 80], ['Cán bộ quản lý giáo dục', 10], ['Nhân viên', 10]]),
  hospital: table<string>([['Bác sĩ', 45], ['Điều dưỡng', 35], ['Dược sĩ', 8], ['Kỹ thuật viên', 7], ['Nhân viên', 5]]),
  enterprise: table<string>([['Công nhân', 55], ['Kỹ sư', 15], ['Nhân viên văn phòng', 20], ['Quản lý', 10]]),
  agency: table<string>([['Công chức', 65], ['Viên chức', 30], ['Nhân viên', 5]]),
  military: table<string>([['Quân nhân', 80], ['Công nhân viên quốc phòng', 20]]),
  police: table<string>([['Công an', 92], ['Công nhân công an', 8]]),
  border: table<string>([['Bộ đội Biên phòng', 95], ['Công nhân viên quốc phòng', 5]]),
};

/** Occasional job titles (most members have none). */
export const POSITION: Readonly<Record<string, readonly string[]>> = {
  locality: ['Trưởng thôn', 'Chi hội trưởng Hội Nông dân', 'Chi hội trưởng Hội Phụ nữ', 'Chi hội trưởng Hội Cựu chiến binh', 'Trưởng ban công tác Mặt trận', 'Bí thư Chi đoàn'],
  school: ['Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổ trưởng chuyên môn'],
  hospital: ['Trưởng khoa', 'Phó Trưởng khoa', 'Điều dưỡng trưởng'],
  enterprise: ['Quản đốc', 'Trưởng phòng', 'Tổ trưởng sản xuất'],
  agency: ['Trưởng phòng', 'Phó Trưởng phòng', 'Chánh Văn phòng'],
  military: ['Đại đội trưởng', 'Chính trị viên', 'Trợ lý'],
  police: ['Đội trưởng', 'Phó Đội trưởng', 'Trưởng Công an xã'],
  border: ['Đồn trưởng', 'Chính trị viên', 'Đội trưởng'],
};

/** Places outside the province for members born elsewhere. */
export const OTHER_HOMETOWNS: readonly string[] = [
  'xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình', 'phường Lê Hồng Phong, thành phố Phủ Lý, tỉnh Hà Nam',
  'xã Gia Xuân, huyện Gia Viễn, tỉnh Ninh Bình', 'phường Đông Ngạc, quận Bắc Từ Liêm, thành phố Hà Nội',
  'xã Thụy Hải, huyện Thái Thụy, tỉnh Thái Bình', 'xã Nhân Hòa, huyện Lý Nhân, tỉnh Hà Nam',
  'xã Khánh Nhạc, huyện Yên Khánh, tỉnh Ninh Bình', 'phường Trần Phú, thành phố Hải Dương, tỉnh Hải Dương',
  'xã Nga Sơn, huyện Nga Sơn, tỉnh Thanh Hóa', 'phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An',
];

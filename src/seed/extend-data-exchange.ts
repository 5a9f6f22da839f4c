// Demo data for the data-exchange module group (see extensions.ts). Deterministic: no Math.random, no clock.
// Saved column mappings at the province for the two sources a province imports from: the national
// member database's export (CSDL đảng viên 3.0) and the electronic member handbook's list. They show up
// in the import page's "saved mapping" choice. Imports, reconciliations and exports are made by people.
import type { SeedContext } from './context.js';

const MAPPINGS: [string, Record<string, string>][] = [
  [
    'CSDL đảng viên 3.0',
    {
      fullName: 'Họ và tên khai sinh',
      gender: 'Giới tính',
      birthDate: 'Ngày tháng năm sinh',
      ethnicity: 'Dân tộc',
      hometown: 'Quê quán',
      residence: 'Nơi cư trú',
      citizenId: 'Số định danh cá nhân',
      partyCardNo: 'Số thẻ đảng viên',
      admittedOn: 'Ngày vào Đảng',
      officialOn: 'Ngày chính thức',
      education: 'Giáo dục phổ thông',
      theoryLevel: 'Lý luận chính trị',
      status: 'Tình trạng',
      unitCode: 'Mã đơn vị',
    },
  ],
  [
    'Sổ tay đảng viên điện tử',
    {
      fullName: 'Họ tên',
      gender: 'Giới tính',
      birthDate: 'Ngày sinh',
      citizenId: 'CCCD',
      partyCardNo: 'Thẻ đảng',
      phone: 'SĐT',
      unitCode: 'Mã chi bộ',
    },
  ],
];

export async function seedDataExchange(ctx: SeedContext): Promise<void> {
  const root = ctx.plan.units.find((u) => u.parentId === null);
  if (!root) return;
  for (const [name, columns] of MAPPINGS) {
    await ctx.client.query('INSERT INTO import_mapping (unit_id, name, columns) VALUES ($1, $2, $3)', [
      root.id,
      name,
      JSON.stringify(columns),
    ]);
  }
  ctx.say(`data exchange: ${MAPPINGS.length} saved column mappings`);
}

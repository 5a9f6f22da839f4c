// Browser journeys of the member lifecycle: a transfer issued by one cell and received by another; a
// screening flag reviewed and turned into a removal proposal; a candidate moved through to admission.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { letNoticesThrough, openFromMenu, pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A page whose "saved" notices let clicks through (see letNoticesThrough). */
const newPage = async () => letNoticesThrough(await h.newPage());

/** Types a date into an antd DatePicker found by its form label. */
async function typeDate(page: Page, label: string, ddmmyyyy: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

async function search(page: Page, label: string, text: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(text);
  await pickOption(page, option);
}

test('a transfer is issued by one cell and received by another', async () => {
  const page = await newPage();
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Chuyển sinh hoạt đảng');
  await page.waitForURL('**/transfers');
  await page.getByRole('button', { name: 'Chuyển sinh hoạt mới' }).click();
  const dialog = page.getByRole('dialog');
  await search(page, 'Đảng viên', 'le van an', /Lê Văn An/);
  await search(page, 'Chi bộ nơi đến', 'xóm', /Chi bộ xóm 1/);
  await dialog.getByLabel('Số giấy giới thiệu').fill('15-GT/CB');
  await typeDate(page, 'Ngày giấy giới thiệu', '20/11/2026');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const row = page.locator('tbody tr', { hasText: 'Lê Văn An' });
  await expect.poll(() => row.innerText()).toContain('Đã cấp giấy');
  expect(await row.innerText()).toContain('Chi bộ xóm 1');

  const other = await newPage();
  await h.login(other, 'secretary8');
  await other.goto('/transfers');
  await other.getByRole('tab', { name: 'Chuyển đến' }).click();
  const incoming = other.locator('tbody tr', { hasText: 'Lê Văn An' });
  await incoming.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect.poll(() => incoming.innerText()).toContain('Đã tiếp nhận');
  const m = await h.db.db.selectFrom('member').select(['unit_id']).where('id', '=', 3).executeTakeFirstOrThrow();
  expect(m.unit_id).toBe(8);
});

test('a screening flag is reviewed and becomes a removal proposal', async () => {
  const page = await newPage();
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Rà soát, xóa tên');
  await page.waitForURL('**/screening');
  await page.getByRole('button', { name: 'Rà soát', exact: true }).click();
  // The fixture's cell 5 records no fees: its active members are flagged for unpaid fees.
  const flag = page.locator('tbody tr', { hasText: 'Trần Thị Bình' });
  await expect.poll(() => flag.innerText()).toContain('Không đóng đảng phí 3 tháng trong năm');
  await flag.getByRole('button', { name: 'Đề nghị xóa tên' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số nghị quyết của chi bộ').fill('08-NQ/CB');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => flag.count()).toBe(0);
  await page.getByRole('tab', { name: 'Đề nghị xóa tên' }).click();
  const proposal = page.locator('tbody tr', { hasText: 'Trần Thị Bình' });
  await expect.poll(() => proposal.innerText()).toContain('Chờ quyết định');
  expect(await proposal.innerText()).toContain('08-NQ/CB');
});

test('a cell moves a candidate through to admission', async () => {
  const page = await newPage();
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Phát triển đảng viên');
  await page.waitForURL('**/recruitment');
  await page.getByRole('button', { name: 'Thêm quần chúng ưu tú' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Họ và tên').fill('Đinh Thị Ngọc');
  await typeDate(page, 'Ngày sinh', '05/05/2000');
  await dialog.getByLabel('Số CCCD').fill('036300000001');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const row = page.locator('tbody tr', { hasText: 'Đinh Thị Ngọc' });
  await expect.poll(() => row.innerText()).toContain('Quần chúng ưu tú');
  await row.click();

  const drawer = page.locator('.ant-drawer');
  // A button clicked while the previous write is still loading would be ignored: each write waits for the
  // server's answer (a busy machine may not show the loading state at once), then for the lists to refresh.
  const settled = () => expect.poll(() => drawer.locator('.ant-btn-loading').count()).toBe(0);
  const write = async (button: string) => {
    const answered = page.waitForResponse((r) => r.request().method() !== 'GET' && r.url().includes('/api/'));
    await drawer.getByRole('button', { name: button }).click();
    await answered;
    await settled();
  };
  const advance = (stage: string) => write(`Chuyển sang: ${stage}`);
  const saved = () => write('Lưu');
  await advance('Học lớp nhận thức về Đảng');
  await typeDate(page, 'Ngày cấp giấy chứng nhận lớp nhận thức về Đảng', '10/03/2026');
  await saved();
  await advance('Đối tượng kết nạp');
  // (Lê Văn An moved to cell 8 in the transfer journey above.)
  await search(page, 'Đảng viên giúp đỡ', 'tran thi binh', /Trần Thị Bình/);
  await search(page, 'Người giới thiệu', 'nguyen van ngoan', /Nguyễn Văn Ngoan/);
  await typeDate(page, 'Công tác cùng từ ngày', '01/01/2020');
  await saved();
  await expect.poll(() => drawer.innerText()).toContain('Nguyễn Văn Ngoan (01/01/2020)');
  await advance('Hồ sơ');
  for (let n = 1; n <= 9; n++) await drawer.getByRole('checkbox', { name: `${n}-KNĐ` }).check();
  await saved();
  await advance('Thẩm tra lý lịch');
  await typeDate(page, 'Ngày thẩm tra lý lịch', '20/10/2026');
  await saved();
  await expect.poll(() => drawer.innerText()).toContain('Đủ điều kiện kết nạp.');

  // The grassroots committee decides the admission.
  const office = await newPage();
  await h.login(office, 'office');
  await office.goto('/recruitment');
  await office.locator('tbody tr', { hasText: 'Đinh Thị Ngọc' }).click();
  const od = office.locator('.ant-drawer');
  await typeDate(office, 'Ngày chi bộ xét', '20/11/2026');
  await typeDate(office, 'Ngày quyết định', '24/11/2026');
  await od.getByLabel('Số quyết định').fill('55-QĐ/ĐU');
  await od.getByLabel('Cấp quyết định').fill('Đảng ủy xã A1');
  await od.getByRole('button', { name: 'Quyết định kết nạp' }).click();
  await expect.poll(() => od.locator('.ant-steps-item-active').innerText()).toContain('Có quyết định kết nạp');

  // The cell holds the ceremony: the probationary member appears in the registry.
  await page.reload();
  await page.locator('tbody tr', { hasText: 'Đinh Thị Ngọc' }).click();
  await typeDate(page, 'Ngày lễ kết nạp', '25/11/2026');
  await drawer.getByRole('button', { name: 'Tổ chức lễ kết nạp' }).click();
  await drawer.getByRole('link', { name: 'Mở hồ sơ đảng viên' }).waitFor();
  const m = await h.db.db
    .selectFrom('member')
    .select(['status', 'admitted_on', 'unit_id'])
    .where('citizen_id', '=', '036300000001')
    .executeTakeFirstOrThrow();
  expect(m).toEqual({ status: 'probationary', admitted_on: '2026-11-25', unit_id: 5 });
});

test("a cell enters a meeting's attendance on one screen; the other lifecycle pages open", async () => {
  const page = await newPage();
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Sinh hoạt chi bộ, đảng phí');
  await page.waitForURL('**/meetings');
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  const row = page.locator('tbody tr', { hasText: 'Nguyễn Văn Ngoan' });
  await row.getByRole('radio', { name: 'Vắng không lý do' }).check();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Lưu' }).click();
  const meeting = page.locator('tbody tr', { hasText: '26/11/2026' });
  await expect.poll(() => meeting.innerText()).toMatch(/Thường kỳ/);
  const counts = await meeting.locator('td').allInnerTexts();
  expect(counts.slice(-2)).toEqual(['0', '1']); // absent with reason, absent without reason

  for (const [path, heading] of [
    ['/probation', 'Đảng viên dự bị'],
    ['/discipline', 'Kỷ luật và miễn, tạm miễn, đình chỉ sinh hoạt'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('heading', { name: heading }).waitFor();
  }
  const admin = await newPage();
  await h.login(admin, 'admin');
  await admin.goto('/lifecycle/calendar');
  await admin.getByRole('heading', { name: 'Thời hạn, ngưỡng và lịch ngày nghỉ' }).waitFor();
  await expect.poll(() => admin.locator('tbody tr', { hasText: 'Quốc khánh' }).count()).toBeGreaterThan(0);
  expect(await admin.getByLabel('Ngày làm việc để làm thủ tục chuyển sinh hoạt').inputValue()).toBe('60');
});

// Browser journey of the committee office over the cells' month: it records the kind of a cell on the cell's page,
// and after the quarter reads the roll-up of its commune: per cell the meetings held, the months without one and
// the content its kind of cell left out (Hướng dẫn 42, read as settings).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { letNoticesThrough, pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('the committee office records a cell’s kind and reads the quarter’s roll-up with the content left out', async () => {
  // The cell's secretary held one meeting in the third quarter, covering three kinds of content.
  const desk = await h.newPage();
  await h.login(desk, 'secretary');
  const me = (await (await desk.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const held = await desk.request.post('/api/meetings', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      unitId: 5,
      heldOn: '2026-08-05',
      kind: 'regular',
      topic: 'Sinh hoạt tháng 8',
      contentKinds: ['resolutions', 'socio_economic', 'party_building'],
    },
  });
  expect(held.status()).toBe(201);

  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'office');
  await page.goto('/units/5');
  await page.getByTestId('cell-type').click();
  await pickOption(page, 'Chi bộ thôn, tổ dân phố');
  await expect
    .poll(async () => (await h.db.db.selectFrom('org_unit').select('cell_type').where('id', '=', 5).executeTakeFirstOrThrow()).cell_type)
    .toBe('residential');

  await page.goto('/meetings?unitId=4');
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const period = page.getByLabel('Kỳ (tháng YYYY-MM, quý YYYY-Qn hoặc năm YYYY)');
  await period.fill('2026-Q3');
  const table = page.getByTestId('meeting-rollup');
  await expect.poll(() => table.innerText()).toContain('Chi bộ thôn Đông');
  const text = await table.innerText();
  expect(text).toContain('Công tác dân vận');
  expect(text).toContain('Sinh hoạt chuyên đề');
  expect(text).not.toContain('Phát triển kinh tế - xã hội ở địa bàn');
  expect(text).toMatch(/07\/2026, 09\/2026/);
});

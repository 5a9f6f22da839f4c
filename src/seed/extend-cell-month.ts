// The cell's month in the demo: every member's category (the self-assessment form 2A/2B/2C), every cell's kind
// (the content its meetings cover), the content kinds of the seeded meetings (most quarters covered, a few gaps
// to flag), and for the demo cell the next meeting scheduled with its agenda and a message from its committee, so
// the member's handbook has something to show on the first start.
import { formatDate } from '../domain/text/format.js';
import type { SeedContext } from './context.js';

const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

export async function seedCellMonth(ctx: SeedContext): Promise<void> {
  const { client, plan } = ctx;
  const t0 = performance.now();
  // Deterministic by id: about 10% leaders or managers (those with a position), 30% in the political system.
  await client.query(`UPDATE member SET member_category = CASE
      WHEN position <> '' AND id % 10 = 0 THEN 'leader_manager'
      WHEN id % 10 IN (1, 2, 3) THEN 'in_political_system'
      ELSE 'outside_political_system' END
    WHERE member_category IS NULL`);
  await client.query(`UPDATE org_unit SET cell_type = CASE
      WHEN name ~* '(thôn|tổ dân phố|xóm|khu phố|ấp|bản|làng|khối)' THEN 'residential'
      WHEN name ~* 'trường' THEN 'school'
      WHEN name ~* '(công ty|doanh nghiệp|nhà máy|hợp tác xã)' THEN 'enterprise'
      WHEN name ~* '(công an|quân sự|biên phòng|đồn|tiểu đoàn|đại đội)' THEN 'armed_forces'
      WHEN name ~* '(bệnh viện|trung tâm|trạm y tế|viện)' THEN 'public_service'
      ELSE 'agency' END
    WHERE kind IN ('cell', 'grassroots_cell') AND cell_type IS NULL`);
  await client.query(`UPDATE cell_meeting SET content_kinds = ARRAY['resolutions', 'party_building'] || CASE id % 5
      WHEN 0 THEN ARRAY['socio_economic', 'mass_mobilization']
      WHEN 1 THEN ARRAY['ideology', 'professional_tasks', 'thematic']
      WHEN 2 THEN ARRAY['thematic', 'criticism', 'mass_mobilization']
      WHEN 3 THEN ARRAY['security_defense', 'socio_economic', 'ideology']
      ELSE ARRAY['professional_tasks'] END
    WHERE content_kinds = '{}'`);

  const demo = await client.query<{ unit_id: string; secretary: string | null }>(`SELECT g.unit_id,
      (SELECT id FROM app_user WHERE username = 'bithu') AS secretary
    FROM app_user u JOIN role_grant g ON g.user_id = u.id WHERE u.username = 'dangvien' LIMIT 1`);
  const cell = demo.rows[0];
  if (cell?.secretary) {
    const heldOn = day(plan.today, 7);
    await client.query(
      `INSERT INTO cell_meeting (unit_id, held_on, kind, topic, start_time, planned_minutes, agenda, content_kinds)
      VALUES ($1, $2, 'combined', 'Sinh hoạt thường kỳ kết hợp chuyên đề tháng ' || $3, '19:30', 120, $4, $5)`,
      [
        cell.unit_id,
        heldOn,
        heldOn.slice(5, 7).replace(/^0/, ''),
        [
          'Đánh giá kết quả thực hiện nghị quyết tháng trước',
          'Chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
          'Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên cuối năm',
          'Phương hướng, nhiệm vụ tháng tới',
        ],
        ['resolutions', 'thematic', 'party_building', 'criticism'],
      ],
    );
    await client.query(`INSERT INTO cell_message (unit_id, author_user_id, body) VALUES ($1, $2, $3)`, [
      cell.unit_id,
      cell.secretary,
      `Chi bộ sinh hoạt thường kỳ kết hợp chuyên đề ngày ${formatDate(heldOn)} lúc 19 giờ 30 tại nhà văn hóa. ` +
        'Đề nghị các đồng chí đọc trước dự thảo báo cáo kiểm điểm cuối năm và hoàn thành bản tự kiểm điểm theo mẫu.',
    ]);
  }
  ctx.say(
    `cell's month: member categories, cell kinds, meeting content, the demo cell's next meeting and message in ${Math.round(performance.now() - t0)} ms`,
  );
}

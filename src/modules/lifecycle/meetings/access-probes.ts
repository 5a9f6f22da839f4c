// Access probes of the meeting record routes: a meeting of cell 8 (another district) with a paper, created by
// its own secretary; the secretary of cell 5 asks for them, and for the roll-up of cell 8's subtree.
import type { ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async (t) => {
  const owner = await t.login('secretary8');
  const res = await t.call(owner, 'POST', '/api/meetings', {
    unitId: 8,
    heldOn: '2026-11-12',
    kind: 'thematic',
    topic: 'Chuyên đề xóm 1',
    agenda: ['Việc riêng của xóm 1'],
  });
  if (res.statusCode !== 201) throw new Error(`probe meeting: ${res.statusCode} ${res.body}`);
  const meeting = res.json().id as number;
  const paper = await t.app.inject({
    method: 'POST',
    url: `/api/meetings/${meeting}/documents?filename=tai-lieu-xom-1.pdf`,
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/pdf' },
  });
  if (paper.statusCode !== 201) throw new Error(`probe paper: ${paper.statusCode} ${paper.body}`);
  const doc = paper.json().id as number;
  return {
    probes: {
      'GET /api/meetings/rollup': { url: '/api/meetings/rollup?unitId=8&period=2026-11' },
      'GET /api/meetings/:meetingId/minutes.pdf': { url: `/api/meetings/${meeting}/minutes.pdf` },
      'POST /api/meetings/:meetingId/documents': { url: `/api/meetings/${meeting}/documents?filename=x.pdf`, body: { not: 'a file' } },
      'GET /api/meeting-documents/:documentId': { url: `/api/meeting-documents/${doc}` },
      'DELETE /api/meeting-documents/:documentId': { url: `/api/meeting-documents/${doc}` },
      'POST /api/meetings/:meetingId/check-in/open': { url: `/api/meetings/${meeting}/check-in/open` },
      'GET /api/meetings/:meetingId/check-in': { url: `/api/meetings/${meeting}/check-in` },
      'POST /api/meetings/:meetingId/check-in/close': { url: `/api/meetings/${meeting}/check-in/close` },
    },
    noScope: {
      // The code is the key: without the current code of the meeting on screen every caller gets the same 400,
      // whatever the meeting; with it, a member of another cell gets 403 checkin_other_cell (checkin.test.ts).
      'POST /api/meetings/:meetingId/check-in': 'the rotating code is checked before the meeting; tested in checkin.test.ts',
    },
    foreign: ['tai-lieu-xom-1.pdf', 'Việc riêng của xóm 1'],
  };
};
export default build;

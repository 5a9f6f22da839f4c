// Access probes of the household routes added after the grassroots-work set (see
// src/modules/grassroots-work/assignments/access-probes.ts for the rest): a household of commune 7, outside cell 5.
import type { ProbeBuilder } from '../../../../test/probes.js';
import { expectOk } from '../assignments/test-data.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  const group = await expectOk(t, admin, 'POST', '/api/residential-groups', { unitId: 7, name: 'Xóm Ven Đê', kind: 'village' });
  const home = await expectOk(t, admin, 'POST', '/api/households', {
    residentialGroupId: group.id,
    address: 'Số 9, xóm Ven Đê',
    headName: 'Đinh Văn Đê',
    people: 2,
  });
  return {
    probes: { 'GET /api/households/:householdId/history': { url: `/api/households/${home.id}/history` } },
    foreign: ['Xóm Ven Đê', 'Đinh Văn Đê'],
  };
};

export default build;

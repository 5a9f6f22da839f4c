// Access probes of the handbook and the cell's messages: a message to cell 8 (another district) posted by its own
// secretary; the secretary of cell 5 asks to read the cell's messages, post there, reply, or answer a member of 8.
import type { ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async (t) => {
  const owner = await t.login('secretary8');
  const res = await t.call(owner, 'POST', '/api/units/8/messages', { body: 'Thông báo riêng của chi bộ xóm 1' });
  if (res.statusCode !== 201) throw new Error(`probe message: ${res.statusCode} ${res.body}`);
  const message = res.json().id as number;
  const own = await t.call(await t.login('secretary'), 'POST', '/api/units/5/messages', { body: 'Thông báo của chi bộ thôn Đông' });
  if (own.statusCode !== 201) throw new Error(`probe own message: ${own.statusCode} ${own.body}`);
  const ownMessage = own.json().id as number;
  return {
    probes: {
      'GET /api/units/:unitId/messages': { url: '/api/units/8/messages' },
      'POST /api/units/:unitId/messages': { url: '/api/units/8/messages', body: { body: 'x' } },
      'POST /api/handbook/messages/:messageId/replies': { url: `/api/handbook/messages/${message}/replies`, body: { body: 'x' } },
      'POST /api/messages/:messageId/replies': [
        { url: `/api/messages/${message}/replies`, body: { body: 'x', toMemberId: 10 } },
        // A member of another cell named as the addressee in the caller's own cell's thread: same answer as no such member.
        { url: `/api/messages/${ownMessage}/replies`, body: { body: 'x', toMemberId: 10 }, foreignIn: ['toMemberId'] },
      ],
    },
    noScope: {
      'GET /api/handbook': "the caller's own page: no id in the request",
      'GET /api/handbook/news': "the caller's own news: no id in the request",
      'POST /api/handbook/seen': "the caller's own mark: no id in the request",
    },
    foreign: ['Thông báo riêng của chi bộ xóm 1'],
  };
};
export default build;

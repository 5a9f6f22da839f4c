// Access probe of the read-access log: the reads of cell 8's members are outside cell 5's secretary.
import type { ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async () => ({
  probes: {
    'GET /api/audit/reads': { url: '/api/audit/reads?unitId=8&memberId=10' },
  },
});
export default build;

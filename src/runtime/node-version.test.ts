import { describe, expect, it } from 'vitest';
import { nodeMajor, REQUIRED_NODE_MAJOR, unsupportedNodeMessage } from './node-version.js';

describe('supported Node.js', () => {
  it('the tests themselves run on Node 24 or newer (npm test uses node_modules/.bin/node)', () => {
    expect(nodeMajor()).toBeGreaterThanOrEqual(REQUIRED_NODE_MAJOR);
  });

  it('an older Node gets one sentence in the user’s language, a supported one none', () => {
    expect(unsupportedNodeMessage('24.21.0', 'vi_VN.UTF-8')).toBeNull();
    expect(unsupportedNodeMessage('26.1.0', undefined)).toBeNull();
    const vi = unsupportedNodeMessage('20.20.2', 'vi_VN.UTF-8')!;
    expect(vi).toContain('cần Node.js 24');
    expect(vi).toContain('20.20.2');
    expect(vi.split('\n')).toHaveLength(1);
    expect(unsupportedNodeMessage('20.20.2', 'en_US.UTF-8')).toContain('needs Node.js 24');
  });
});

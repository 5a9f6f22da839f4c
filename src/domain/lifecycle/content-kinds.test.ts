import { describe, expect, it } from 'vitest';
import { contentNotCovered, QUARTERLY_CONTENT } from './content-kinds.js';

describe('content kinds a cell covers in a quarter', () => {
  it('lists what the kind of cell had to cover and no meeting did', () => {
    expect(contentNotCovered('residential', [['resolutions', 'socio_economic'], ['party_building']])).toEqual([
      'mass_mobilization',
      'thematic',
    ]);
    expect(contentNotCovered('enterprise', [[...QUARTERLY_CONTENT.enterprise]])).toEqual([]);
    expect(contentNotCovered('armed_forces', [])).toEqual(['resolutions', 'ideology', 'security_defense', 'party_building']);
  });

  it('does not judge a cell whose kind is not recorded', () => {
    expect(contentNotCovered(null, [])).toEqual([]);
    expect(contentNotCovered('spaceport', [])).toEqual([]);
  });
});

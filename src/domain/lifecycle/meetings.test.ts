import { describe, expect, it } from 'vitest';
import { detectPaperType, meetingFlags, meetingLength, monthsBetween, monthsWithoutMeeting, periodMonths } from './meetings.js';

const rules = { meetingMinMinutes: 90, meetingMinMinutesCombined: 120, meetingPapersLeadHours: 24 };
const at = (start: string, minutes: number) => {
  const end = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes;
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}:00`;
};
const held = (kind: string, minutes: number) =>
  meetingFlags(
    { heldOn: '2026-11-05', kind, startTime: '08:00:00', startedAt: '08:00:00', endedAt: at('08:00', minutes), papersPostedAt: [] },
    rules,
  );

describe('meeting length', () => {
  it('flags a meeting shorter than 90 minutes, 120 when combined, at the edges', () => {
    expect(held('regular', 89)).toEqual(['too_short']);
    expect(held('regular', 90)).toEqual([]);
    expect(held('thematic', 89)).toEqual(['too_short']);
    expect(held('combined', 119)).toEqual(['too_short']);
    expect(held('combined', 120)).toEqual([]);
    expect(meetingLength('19:30:00', '21:00:00')).toBe(90);
    expect(meetingLength(null, '21:00:00')).toBeNull();
  });
});

describe('papers', () => {
  const base = { heldOn: '2026-11-05', kind: 'regular', startTime: '19:30:00', startedAt: null, endedAt: null };
  it('flags papers posted less than a day before the start (Vietnam time)', () => {
    expect(meetingFlags({ ...base, papersPostedAt: [new Date('2026-11-04T12:30:00Z')] }, rules)).toEqual([]); // 19:30 +07 the day before
    expect(meetingFlags({ ...base, papersPostedAt: [new Date('2026-11-04T12:31:00Z')] }, rules)).toEqual(['papers_late']);
    expect(meetingFlags({ ...base, papersPostedAt: [] }, rules)).toEqual([]);
  });
});

describe('months', () => {
  it('lists months and those without a meeting', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsWithoutMeeting(['2026-10', '2026-11'], ['2026-11-05'], 1)).toEqual(['2026-10']);
    expect(monthsWithoutMeeting(['2026-10'], [], 0)).toEqual([]);
    expect(periodMonths('2026-Q4')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(periodMonths('2026')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(periodMonths('2026-03')).toEqual({ from: '2026-03', to: '2026-03' });
  });
});

describe('paper types', () => {
  it('reads the type from the bytes', () => {
    expect(detectPaperType(Buffer.from('%PDF-1.4\n'))).toBe('application/pdf');
    expect(detectPaperType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectPaperType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectPaperType(Buffer.from('PK\x03\x04....[Content_Types].xml....word/document.xml', 'latin1'))).toMatch(/wordprocessingml/);
    expect(detectPaperType(Buffer.from('PK\x03\x04....xl/workbook.xml', 'latin1'))).toBeNull();
    expect(detectPaperType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
  });
});

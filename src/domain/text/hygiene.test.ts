import { describe, expect, it } from 'vitest';
import { cleanText, textKindOf } from './hygiene.js';

describe('text hygiene', () => {
  it('refuses NUL and other control characters; free text keeps tab and line breaks', () => {
    expect(cleanText('a\u0000b', 'multiline')).toEqual({ ok: false, problem: 'control_chars' });
    expect(cleanText('a\u0085b', 'line')).toEqual({ ok: false, problem: 'control_chars' }); // C1 (NEL)
    expect(cleanText('dòng 1\ndòng 2\tx', 'multiline')).toEqual({ ok: true, value: 'dòng 1\ndòng 2\tx' });
    expect(cleanText('dòng 1\ndòng 2', 'line')).toEqual({ ok: false, problem: 'control_chars' });
    expect(cleanText('abc\u0007', 'secret')).toEqual({ ok: false, problem: 'control_chars' });
  });

  it('stores NFC without surrounding blanks; blank becomes empty', () => {
    const nfd = 'Nguye\u0302\u0303n'; // "Nguyễn" decomposed
    expect(cleanText(`  ${nfd} `, 'name')).toEqual({ ok: true, value: 'Nguyễn' });
    expect(cleanText('Nguyễn', 'name').ok && cleanText(nfd, 'name')).toEqual({ ok: true, value: 'Nguyễn'.normalize('NFC') });
    expect(cleanText('   ', 'line')).toEqual({ ok: true, value: '' });
    expect(cleanText('  mật khẩu ', 'secret')).toEqual({ ok: true, value: '  mật khẩu ' });
  });

  it('refuses zero-width and direction-override characters in names only', () => {
    expect(cleanText('Nam\u202E', 'name')).toEqual({ ok: false, problem: 'invisible_chars' });
    expect(cleanText('Na\u200Bm', 'name')).toEqual({ ok: false, problem: 'invisible_chars' });
    expect(cleanText('\uFEFFNam', 'name')).toEqual({ ok: false, problem: 'invisible_chars' });
    expect(cleanText('Na\u2066m', 'name')).toEqual({ ok: false, problem: 'invisible_chars' });
    expect(cleanText('ghi chú\u200B', 'multiline')).toEqual({ ok: true, value: 'ghi chú\u200B' });
  });

  it('tells the kind of a field from its name and schema', () => {
    expect(textKindOf('fullName', { maxLength: 120 })).toBe('name');
    expect(textKindOf('headName', { maxLength: 120 })).toBe('name');
    expect(textKindOf('filename', { maxLength: 200 })).toBe('line');
    expect(textKindOf('password', { maxLength: 200 })).toBe('secret');
    expect(textKindOf('title', { maxLength: 300 })).toBe('line');
    expect(textKindOf('note', { maxLength: 5000 })).toBe('multiline');
    expect(textKindOf('x', {})).toBe('multiline');
  });
});

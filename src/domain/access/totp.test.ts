import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp } from './totp.js';

// RFC 4226 appendix D and RFC 6238 appendix B use the ASCII secret "12345678901234567890" (SHA-1);
// RFC 6238 lengthens it to 32 and 64 bytes for SHA-256 and SHA-512.
const SHA1_KEY = Buffer.from('12345678901234567890');
const SHA256_KEY = Buffer.from('12345678901234567890123456789012');
const SHA512_KEY = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234');

describe('HOTP (RFC 4226 appendix D)', () => {
  it('gives the published values for counters 0 to 9', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, i) => hotp(SHA1_KEY, i))).toEqual(expected);
  });
});

describe('TOTP (RFC 6238 appendix B, 8 digits)', () => {
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  it.each(vectors)('at %i s', (time, sha1, sha256, sha512) => {
    expect(totp(SHA1_KEY, time, 8)).toBe(sha1);
    expect(totp(SHA256_KEY, time, 8, 'sha256')).toBe(sha256);
    expect(totp(SHA512_KEY, time, 8, 'sha512')).toBe(sha512);
  });
});

describe('base32 (RFC 4648)', () => {
  it('encodes the RFC test strings and decodes them back, ignoring case, spaces and padding', () => {
    for (const [plain, encoded] of [
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ]) {
      expect(base32Encode(Buffer.from(plain!))).toBe(encoded);
      expect(base32Decode(encoded!.toLowerCase().replace(/(.{4})/g, '$1 ') + '==')?.toString()).toBe(plain);
    }
    expect(base32Decode('ABC1')).toBeNull();
  });
});

describe('matching a typed code', () => {
  const now = 1_800_000_000;
  it('accepts the current step and one step of drift either way, and nothing further', () => {
    expect(matchTotp(SHA1_KEY, totp(SHA1_KEY, now), now, null)).toBe(Math.floor(now / 30));
    expect(matchTotp(SHA1_KEY, totp(SHA1_KEY, now - 30), now, null)).toBe(Math.floor(now / 30) - 1);
    expect(matchTotp(SHA1_KEY, totp(SHA1_KEY, now + 30), now, null)).toBe(Math.floor(now / 30) + 1);
    expect(matchTotp(SHA1_KEY, totp(SHA1_KEY, now - 90), now, null)).toBeNull();
    expect(matchTotp(SHA1_KEY, '12345', now, null)).toBeNull();
    expect(matchTotp(SHA1_KEY, 'abcdef', now, null)).toBeNull();
  });
  it('refuses a step already used (no replay)', () => {
    const code = totp(SHA1_KEY, now);
    expect(matchTotp(SHA1_KEY, code, now, Math.floor(now / 30))).toBeNull();
    expect(matchTotp(SHA1_KEY, code, now, Math.floor(now / 30) - 1)).toBe(Math.floor(now / 30));
  });
  it('builds the otpauth URI authenticator apps read', () => {
    expect(otpauthUri('Grassroots', 'admin', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Grassroots:admin?secret=JBSWY3DPEHPK3PXP&issuer=Grassroots&algorithm=SHA1&digits=6&period=30',
    );
  });
});

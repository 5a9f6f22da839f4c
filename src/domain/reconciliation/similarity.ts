// Name and date likeness for matching people across lists. Names are compared in their search form
// (no case, no diacritics, đ → d), so "Nguyen Van Ngoan" meets "Nguyễn Văn Ngoạn"; spelling variants
// are caught by trigram similarity, computed as PostgreSQL's pg_trgm does (words padded "  w ").

export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^a-z0-9]+/).filter(Boolean)) {
    const w = `  ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  }
  return out;
}

/** |A ∩ B| / |A ∪ B| of the trigram sets, like pg_trgm's similarity(). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) common += 1;
  return common / (a.size + b.size - common);
}

/**
 * How likely two dates of birth are the same, typed twice: 1 when equal; 0.6 when day and month
 * are swapped or a single digit differs (typing slips); 0 otherwise.
 */
export function dateLikeness(a: string, b: string): number {
  if (a === b) return 1;
  const [ay, am, ad] = a.split('-');
  const [by, bm, bd] = b.split('-');
  if (ay === by && am === bd && ad === bm) return 0.6;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff += 1;
  return diff === 1 ? 0.6 : 0;
}

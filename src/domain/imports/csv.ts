// CSV as spreadsheets write it: UTF-8 (with or without a byte-order mark), comma, semicolon (Excel in
// Vietnamese locales) or tab between fields, double quotes around fields that hold them or line breaks.

/** The separator used in the header line: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A line with more fields than the reader takes (it stops there rather than keep them all). */
export class CsvRowTooWide extends Error {}

/**
 * Rows of fields (RFC 4180 quoting). Blank lines are kept as rows of one empty field. A row of more
 * than `maxFields` fields throws CsvRowTooWide.
 */
export function* parseCsv(input: string, delimiter = detectDelimiter(stripBom(input)), maxFields = Infinity): Generator<string[]> {
  const text = stripBom(input);
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
      if (row.length >= maxFields) throw new CsvRowTooWide();
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      yield row;
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    yield row;
  }
}

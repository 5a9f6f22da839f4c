// Reads the text back out of a PDF written by pdfmake/pdfkit, for tests: inflates the streams, maps
// each font's glyph codes to Unicode with its ToUnicode CMap, and decodes the Tj/TJ strings of every
// content stream.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const out = new Map<string, PdfObject>();
  const text = pdf.toString('latin1');
  const re = /(\d+) 0 obj([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      out.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start += 1;
    if (body[start] === '\n') start += 1;
    const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    let stream = raw;
    if (dict.includes('/FlateDecode')) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = raw;
      }
    }
    out.set(m[1]!, { dict, stream });
  }
  return out;
}

// A destination may hold several code units (a ligature: <0066 0066 0069> is "ffi").
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    const re = /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const [lo, hi] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16)];
      if (m[3]!.startsWith('[')) {
        const dst = [...m[3]!.matchAll(/<([0-9a-f\s]+)>/gi)].map((x) => x[1]!);
        for (let c = lo; c <= hi; c++) map.set(c, utf16(dst[c - lo] ?? ''));
      } else {
        const base = parseInt(m[3]!.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + c - lo));
      }
    }
  }
  for (const block of text.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    for (const m of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const fontMaps = new Map<string, Map<number, string>>(); // resource name → code → text
  for (const o of objs.values()) {
    const fonts = /\/Font\s*<<([^>]*)>>/.exec(o.dict)?.[1];
    if (!fonts) continue;
    for (const m of fonts.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objs.get(m[2]!);
      const ref = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
      const stream = ref ? objs.get(ref)?.stream : null;
      if (stream) fontMaps.set(m[1]!, cmap(stream.toString('latin1')));
    }
  }
  const lines: string[] = [];
  for (const o of objs.values()) {
    const s = o.stream?.toString('latin1') ?? '';
    if (!/\bTf\b/.test(s)) continue;
    for (const bt of s.match(/BT[\s\S]*?ET/g) ?? []) {
      let font = new Map<number, string>();
      let line = '';
      const re = /\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-f]*)>/gi;
      for (let m = re.exec(bt); m; m = re.exec(bt)) {
        if (m[1]) {
          font = fontMaps.get(m[1]) ?? new Map();
          continue;
        }
        const hex = m[2]!;
        for (let i = 0; i + 4 <= hex.length; i += 4) line += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      }
      lines.push(line);
    }
  }
  // pdfmake writes one text object per word, the space kept at its end: a word without one ends a line.
  return lines.map((l) => (l.endsWith(' ') ? l : `${l}\n`)).join('');
}

// No `as never` in production code: a cast to never silences every type error of the expression it wraps
// (a row's columns, an update's values, a filter's union), so the compiler can no longer check it. Typed
// writes use Insertable<>/Updateable<> and eb('version', '+', 1); tests may still cast to build bad input.
import { describe, expect, it } from 'vitest';
import { read, sourceFiles, walk, type Node } from './source-scan.js';

/** file:line of each `x as never` (and `<never>x`) in the file. */
function castsToNever(file: string, text: string): string[] {
  const found: string[] = [];
  walk(file, text, (n, at) => {
    const type = n.typeAnnotation as Node | undefined;
    if ((n.type === 'TsAsExpression' || n.type === 'TsTypeAssertion') && type?.type === 'TsKeywordType' && type.kind === 'never')
      found.push(at(n));
  });
  return found;
}

describe('casts', () => {
  it('finds a cast to never, and only that', () => {
    const text = '// Tiếng Việt\nconst a = 1 as never;\nconst b = <never>a;\nconst c = a as unknown; // as never\nconst d = `as never`;\n';
    expect(castsToNever('x.ts', text)).toEqual(['x.ts:2', 'x.ts:3']);
  });

  it('src/ has no `as never` outside tests', () => {
    const found = sourceFiles('src').flatMap((f) => castsToNever(f, read(f)));
    expect(found, 'replace each with real types (Insertable<>, Updateable<>, a typed helper)').toEqual([]);
  });
});

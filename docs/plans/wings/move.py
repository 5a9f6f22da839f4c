#!/usr/bin/env python3
"""Move files/folders in a TS repo and rewrite every relative import that points at them.
usage: move.py REPO old1=new1 [old2=new2 ...]   (paths relative to REPO; folders or files)"""
import os, re, subprocess, sys

repo = sys.argv[1]
os.chdir(repo)
pairs = [a.split('=', 1) for a in sys.argv[2:]]
tracked = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.split('\n')
tracked = [t for t in tracked if t]
moves = {}
for old, new in pairs:
    old = old.rstrip('/'); new = new.rstrip('/')
    for f in tracked:
        if f == old or f.startswith(old + '/'):
            moves[f] = new + f[len(old):]
SRC_EXT = ('.ts', '.tsx', '.mts', '.cts')
code_files = [f for f in tracked if f.endswith(SRC_EXT)]
CANDS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
def resolve(base_dir, spec):
    p = os.path.normpath(os.path.join(base_dir, spec))
    stem = p[:-3] if p.endswith('.js') else p
    for c in [p] + [stem + e for e in CANDS]:
        if c in set_tracked: return c, p.endswith('.js'), c
    return None, None, None
set_tracked = set(tracked)
SPEC = re.compile(r"""((?:from|import)\s*\(?\s*|vi\.mock\(\s*|import\.meta\.glob(?:<[^>]*>)?\(\s*)(['"])(\.{1,2}/[^'"]+)\2""")
changed = 0
for f in code_files:
    newf = moves.get(f, f)
    old_dir, new_dir = os.path.dirname(f), os.path.dirname(newf)
    s = open(f, encoding='utf8').read()
    def rep(m):
        spec = m.group(3)
        if '*' in spec:
            return m.group(0)  # globs: fixed by hand
        target, had_js, hit = resolve(old_dir, spec)
        if not target:
            return m.group(0)
        nt = moves.get(target, target)
        # keep the spec's style: same suffix form as before
        if hit.endswith(('/index.ts', '/index.tsx')) and not spec.endswith(('index.js', 'index', 'index.ts')):
            nt_spec = os.path.dirname(nt)
        elif spec.endswith('.js'):
            nt_spec = re.sub(r'\.tsx?$', '.js', nt)
        elif spec.endswith(('.ts', '.tsx', '.json', '.css', '.svg', '.png')):
            nt_spec = nt
        else:
            nt_spec = re.sub(r'\.tsx?$', '', nt)
        rel = os.path.relpath(nt_spec, new_dir)
        if not rel.startswith('.'): rel = './' + rel
        return m.group(1) + m.group(2) + rel + m.group(2)
    s2 = SPEC.sub(rep, s)
    if s2 != s:
        open(f, 'w', encoding='utf8').write(s2); changed += 1
subprocess.run(['git', 'add', '-A'], check=True)
# two phases, so a folder may move inside itself (assessments -> assessments/reviews)
tmp = []
for i, (old, new) in enumerate(pairs):
    t = f'.move-tmp-{i}'
    subprocess.run(['git', 'mv', old.rstrip('/'), t], check=True)
    tmp.append((t, new.rstrip('/')))
for t, new in tmp:
    os.makedirs(os.path.dirname(new) or '.', exist_ok=True)
    subprocess.run(['git', 'mv', t, new], check=True)
print(f'moved {len(moves)} files, rewrote imports in {changed} files')

#!/usr/bin/env python3
# Rewrites old module paths in comments and docs after wings.sh.
import re, subprocess, sys, os
os.chdir(sys.argv[1] if len(sys.argv) > 1 else '.')
S = {'audit':'foundation/audit','orgs':'foundation/orgs','committees':'foundation/committees','members':'foundation/members','users':'foundation/users','auth':'foundation/auth','reorg':'foundation/reorg',
 'assessments':'assessments/reviews','tasks':'assessments/tasks','remediation':'assessments/remediation',
 'lifecycle':'lifecycle/shared','discipline':'lifecycle/discipline','exemptions':'lifecycle/exemptions','transfers':'lifecycle/transfers','probation':'lifecycle/probation','recruitment':'lifecycle/recruitment','meetings':'lifecycle/meetings','screening':'lifecycle/screening',
 'imports':'data-exchange/imports','reconciliation':'data-exchange/reconciliation','quality':'data-exchange/quality','reports':'data-exchange/reports','dashboard':'data-exchange/dashboard',
 'households':'grassroots-work/households','assignments':'grassroots-work/assignments','coverage':'grassroots-work/coverage','visits':'grassroots-work/visits','campaigns':'grassroots-work/campaigns','working-groups':'grassroots-work/working-groups','cadres':'grassroots-work/cadres'}
W = dict(S); W.update({'layout':None,'login':'foundation/login','account':'foundation/account','units':'foundation/units','lifecycle':'lifecycle/records'})
files = [f for f in subprocess.run(['git','ls-files'],capture_output=True,text=True).stdout.split('\n') if f.endswith(('.md','.ts','.tsx','.cjs','.mjs'))]
rs = re.compile(r'src/modules/([a-z-]+)/')
rw = re.compile(r'web/src/pages/([a-z-]+)/')
def fs(m):
    k=m.group(1); return 'src/modules/%s/' % S[k] if k in S else m.group(0)
def fw(m):
    k=m.group(1)
    if k=='layout': return 'web/src/layout/'
    return 'web/src/pages/%s/' % W[k] if W.get(k) else m.group(0)
n=0
for f in files:
    s=open(f,encoding='utf8').read()
    if f.endswith('.md'):
        t=rs.sub(fs,s); t=rw.sub(fw,t)
    else:  # code: comments only; imports were rewritten by move.py
        out=[]
        for line in s.split('\n'):
            c=line.find('//')
            if re.match(r'\s*(\*|/\*)', line): c=0
            if c>=0:
                head, tail = line[:c], line[c:]
                tail=rs.sub(fs,tail); tail=rw.sub(fw,tail); line=head+tail
            out.append(line)
        t='\n'.join(out)
    if t!=s: open(f,'w',encoding='utf8').write(t); n+=1
print('paths rewritten in', n, 'files')

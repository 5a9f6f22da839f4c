#!/usr/bin/env bash
# Moves the modules into their wings, server and web, and rewrites imports. Run on a clean tree.
set -euo pipefail
R=${1:-.}
cd "$R"
M=src/modules
python3 docs/plans/wings/move.py . \
 $M/audit=$M/foundation/audit $M/orgs=$M/foundation/orgs $M/committees=$M/foundation/committees $M/members=$M/foundation/members $M/users=$M/foundation/users $M/auth=$M/foundation/auth \
 $M/assessments=$M/assessments/reviews $M/tasks=$M/assessments/tasks $M/remediation=$M/assessments/remediation \
 $M/lifecycle=$M/lifecycle/shared $M/discipline=$M/lifecycle/discipline $M/exemptions=$M/lifecycle/exemptions $M/transfers=$M/lifecycle/transfers $M/probation=$M/lifecycle/probation $M/recruitment=$M/lifecycle/recruitment $M/meetings=$M/lifecycle/meetings $M/screening=$M/lifecycle/screening \
 $M/imports=$M/data-exchange/imports $M/reconciliation=$M/data-exchange/reconciliation $M/quality=$M/data-exchange/quality $M/reports=$M/data-exchange/reports $M/dashboard=$M/data-exchange/dashboard \
 $M/households=$M/grassroots-work/households $M/assignments=$M/grassroots-work/assignments $M/coverage=$M/grassroots-work/coverage $M/visits=$M/grassroots-work/visits $M/campaigns=$M/grassroots-work/campaigns $M/working-groups=$M/grassroots-work/working-groups $M/cadres=$M/grassroots-work/cadres
for extra in reorg; do [ -d $M/$extra ] && python3 docs/plans/wings/move.py . $M/$extra=$M/foundation/$extra; done
P=web/src/pages
python3 docs/plans/wings/move.py . \
 $P/layout=web/src/layout $P/login=$P/foundation/login $P/account=$P/foundation/account $P/units=$P/foundation/units $P/members=$P/foundation/members $P/users=$P/foundation/users $P/audit=$P/foundation/audit \
 $P/assessments=$P/assessments/reviews $P/tasks=$P/assessments/tasks $P/remediation=$P/assessments/remediation \
 $P/lifecycle=$P/lifecycle/records $P/transfers=$P/lifecycle/transfers $P/recruitment=$P/lifecycle/recruitment $P/meetings=$P/lifecycle/meetings $P/screening=$P/lifecycle/screening \
 $P/imports=$P/data-exchange/imports $P/reconciliation=$P/data-exchange/reconciliation $P/quality=$P/data-exchange/quality $P/reports=$P/data-exchange/reports $P/dashboard=$P/data-exchange/dashboard \
 $P/households=$P/grassroots-work/households $P/assignments=$P/grassroots-work/assignments $P/coverage=$P/grassroots-work/coverage $P/visits=$P/grassroots-work/visits $P/campaigns=$P/grassroots-work/campaigns $P/working-groups=$P/grassroots-work/working-groups $P/cadres=$P/grassroots-work/cadres
for extra in reorg; do [ -d $P/$extra ] && python3 docs/plans/wings/move.py . $P/$extra=$P/foundation/$extra; done
# globs the script leaves alone
sed -i "s#'../src/modules/\*/access-probes.ts'#'../src/modules/*/*/access-probes.ts'#" test/probes.ts
sed -i "s#'./pages/\*/routes.tsx'#'./pages/*/*/routes.tsx'#" web/src/modules.tsx
echo "wings: moved"

// `npm test` after the web build: the unit and integration tests two files at a time, then the browser
// journeys one file at a time, so a 2-core machine is not asked to drive two Chromiums beside two test
// databases. Both runs always happen; each writes its JSON report (vitest.config.ts) for .ci/run's summary.
// Exits non-zero when either run failed.
import { spawnSync } from 'node:child_process';

const vitest = (args, report) =>
  spawnSync('vitest', ['run', ...args, `--outputFile.json=${report}`], {
    stdio: 'inherit',
    shell: false,
    env: process.env,
  }).status;

console.log(`node ${process.version}`);
const main = vitest(['--exclude', 'e2e/**'], '.ci/vitest-main.json');
const journeys = vitest(['e2e/', '--no-file-parallelism', '--testTimeout=90000'], '.ci/vitest-e2e.json');
process.exit(main === 0 && journeys === 0 ? 0 : 1);

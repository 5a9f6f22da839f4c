// Layer and cycle rules (docs/modules.md): imports point one way, from the app down to pure rules.
//   web → src/domain (shared pure rules only)
//   src/modules → src/shared, src/db, src/domain, src/i18n
//   src/shared, src/db → src/domain
//   src/domain → nothing outside src/domain
//   the demo seed is a tool: nothing in production code imports it
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle makes load order matter and the layers unreadable.',
      from: {}, to: { circular: true } },
    { name: 'domain-is-pure', severity: 'error', comment: 'src/domain holds pure rules: no I/O, no app code.',
      from: { path: '^src/domain/' }, to: { path: '^src/(?!domain/)' } },
    { name: 'shared-below-modules', severity: 'error', comment: 'Shared kernels do not know the modules that use them.',
      from: { path: '^src/(shared|db|i18n|runtime)/' }, to: { path: '^src/modules/' } },
    { name: 'no-seed-in-production', severity: 'error', comment: 'The demo seed is a tool; production code does not import it.',
      from: { path: '^src/', pathNot: ['^src/seed/', '^src/cli\\.ts$', '^src/main\\.ts$', '\\.test\\.ts$'] }, to: { path: '^src/seed/' } },
    { name: 'web-talks-http', severity: 'error', comment: 'The web app reaches the server over HTTP; it may share only pure rules.',
      from: { path: '^web/src/' }, to: { path: '^src/(?!domain/)' } },
    { name: 'server-not-web', severity: 'error', from: { path: '^src/' }, to: { path: '^web/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.d\\.ts$'] },
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

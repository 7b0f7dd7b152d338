// `pnpm docs:check` (and a step of `pnpm test`): the READMEs' "compose them yourself" followed
// the way a user follows it, outside the repository. Every block marked
// `<!-- run: scripts/docs-check.mjs -->` is run as typed:
//   - `pnpm mock-api --port P --page-port Q`: started (with free ports instead), and its
//     `export` lines read; the README's settings block must show those very lines;
//   - the install block (`pnpm pack:all`, a `mktemp -d` folder, `npm install` of the tarballs,
//     the step files copied): run by bash from the root, npm offline (the tarballs need only
//     each other), in a temporary folder of our own;
//   - a ```console block: each `$ command` run by bash in that folder, with the settings, and
//     what it prints compared with the lines under it (the free ports written as P and Q);
//   - a loop over the steps in another runtime (`for step in [1-5]-*.mjs; do deno ...`): it must
//     print what the `$ node N-....mjs` commands print, in order;
//   - a ```js block: written into that folder and run by Node, which must exit 0.
// Last line: `docs: N passed, N failed`. Run it after the build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { blocksToRun } from './docs/snippets.mjs';
import { root } from './lib/packages.mjs';
import { runCaptured, runChild } from './lib/run-child.mjs';
import { indent, plain } from './lib/text.mjs';

const COMMAND_TIMEOUT_MS = 3 * 60_000;
const MOCK_START_TIMEOUT_MS = 2 * 60_000;
const MOCK = /^pnpm mock-api --port (\d+) --page-port (\d+)$/m;
const EXPORTS = /^ {2}(export [A-Z_]+=.*)$/gm;
const CA_PATH = /\/\S*\/ca\.pem\b/;
const STEP_LOOP = /^for step in \[1-5\]-\*\.mjs; do .+; done$/;
const NODE_STEP = /^node [1-5]-\S+\.mjs$/;

const results = [];
function report(title, ok, detail = []) {
  results.push(ok);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${title}`);
  if (!ok) console.log(indent(detail.slice(-40)));
}

/** The lines that differ, for a failure report. */
function difference(expected, actual) {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const at = want.findIndex((line, index) => line !== got[index]);
  const from = at === -1 ? want.length : at;
  return [
    `first difference at line ${from + 1}:`,
    ...want.slice(from, from + 3).map((line) => `- ${line}`),
    ...got.slice(from, from + 3).map((line) => `+ ${line}`),
  ];
}

const blocks = blocksToRun();
const where = (block) => `${block.file}:${block.line}`;
const shBlocks = blocks.filter(({ lang }) => lang === 'sh');
const mockBlock = shBlocks.find(({ code }) => MOCK.test(code));
const installBlocks = shBlocks.filter(({ code }) => code.includes('pnpm pack:all'));
const settingsBlock = shBlocks.find(({ code }) => code.includes('export API_URL='));
const loopBlocks = shBlocks.filter(({ code }) => code.split('\n').some((line) => STEP_LOOP.test(line)));
const known = new Set([mockBlock, ...installBlocks, settingsBlock, ...loopBlocks]);
const consoleBlocks = blocks.filter(({ lang }) => lang === 'console');
const jsBlocks = blocks.filter(({ lang }) => lang === 'js');
for (const block of blocks) {
  if (known.has(block) || block.lang === 'console' || block.lang === 'js') continue;
  report(`${where(block)}: a ${block.lang} block this check knows how to run`, false, [
    'mark it `<!-- not run: why -->` instead, or teach scripts/docs-check.mjs its kind',
  ]);
}

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TURBO_TELEMETRY_DISABLED: '1' };
const scratchParent = mkdtempSync(join(tmpdir(), 'auth-docs-'));
let mock;
let scratch;
try {
  if (!mockBlock || installBlocks.length === 0 || !settingsBlock) {
    throw new Error(
      'the READMEs must show, marked run: the `pnpm mock-api --port P --page-port Q` command, ' +
        'the install block (`pnpm pack:all` ...) and the settings block (`export API_URL=...`)',
    );
  }
  const [mockLine, readmePort, readmePagePort] = MOCK.exec(mockBlock.code);

  // 1. The mock API, as its README line starts it (on free ports: this machine is shared).
  const mockCommand = mockLine.replace(/\d+/g, '0');
  mock = runChild('bash', ['-c', mockCommand], { cwd: root, env, timeoutMs: 30 * 60_000 });
  const printed = await mockOutput(mock.child);
  const cliExports = [...printed.matchAll(EXPORTS)].map((match) => match[1]);
  const ports = {
    api: /API_URL=https:\/\/localhost:(\d+)\//.exec(printed)?.[1],
    page: /PAGE_URL=https:\/\/localhost:(\d+)\//.exec(printed)?.[1],
  };
  /** What a command printed, with this run's ports and CA path written as the README has them. */
  const asInReadme = (text) =>
    plain(text)
      .replaceAll(`localhost:${ports.api}`, `localhost:${readmePort}`)
      .replaceAll(`localhost:${ports.page}`, `localhost:${readmePagePort}`);
  report(`${where(mockBlock)}: ${mockCommand} prints the settings`, cliExports.length > 0 && !!ports.api, [
    printed,
  ]);

  // 2. The settings: the README shows the lines the mock API prints, then trusts its CA.
  const settingsLines = settingsBlock.code.trim().split('\n');
  const shown = settingsLines.filter((line) => line.startsWith('export ') && !line.includes('CA_CERTS'));
  const placeholder = CA_PATH.exec(shown.join('\n'))?.[0] ?? '';
  const printedAsShown = cliExports.map((line) => asInReadme(line).replace(CA_PATH, placeholder));
  report(
    `${where(settingsBlock)}: the export lines are those pnpm mock-api prints`,
    shown.join('\n') === printedAsShown.join('\n'),
    difference(shown.join('\n'), printedAsShown.join('\n')),
  );
  const settings = [...cliExports, ...settingsLines.filter((line) => !shown.includes(line))].join('\n');

  // 3. The install, as typed, from the root; offline, and in a temporary folder of our own.
  const [install, ...others] = installBlocks;
  for (const other of others) {
    report(`${where(other)}: the same install block as ${where(install)}`, other.code === install.code, [
      ...difference(install.code, other.code),
    ]);
  }
  const scratchFile = join(scratchParent, 'scratch-path');
  const installed = await runCaptured(
    'bash',
    ['-c', `set -euo pipefail\n${install.code}pwd > ${JSON.stringify(scratchFile)}\n`],
    {
      cwd: root,
      env: { ...env, TMPDIR: scratchParent, npm_config_offline: 'true' },
      timeoutMs: COMMAND_TIMEOUT_MS,
    },
  );
  scratch = installed.ok ? readFileSync(scratchFile, 'utf8').trim() : undefined;
  report(
    `${where(install)}: pack, install the tarballs together, copy the steps (npm offline)`,
    installed.ok,
    [installed.output],
  );
  if (scratch)
    report(`the scratch folder ${scratch} is outside the repository`, !`${scratch}/`.startsWith(root));

  // 4. Every command of every console block, in the scratch folder with the settings.
  const runIn = (command) =>
    runCaptured('bash', ['-c', `${settings}\n${command}`], {
      cwd: scratch,
      env: { ...env, PATH: `${dirname(process.execPath)}:${root}node_modules/.bin:${env.PATH}` },
      timeoutMs: COMMAND_TIMEOUT_MS,
    });
  const nodeSteps = [];
  for (const block of scratch ? consoleBlocks : []) {
    for (const { command, expected } of consoleCommands(block.code)) {
      const { ok, output } = await runIn(command);
      const actual = asInReadme(output);
      if (NODE_STEP.test(command)) nodeSteps.push(expected);
      report(`${where(block)}: $ ${command}`, ok && actual === expected, [
        ...(ok ? [] : ['(exit code not 0)']),
        ...difference(expected, actual),
      ]);
    }
  }

  // 5. The same steps in the other runtimes the README names: the same lines.
  for (const block of scratch ? loopBlocks : []) {
    for (const command of block.code.split('\n').filter((line) => STEP_LOOP.test(line))) {
      const { ok, output } = await runIn(command);
      const expected = nodeSteps.join('');
      const actual = asInReadme(output);
      report(`${where(block)}: ${command}`, ok && nodeSteps.length === 5 && actual === expected, [
        ...(nodeSteps.length === 5
          ? []
          : [`expected 5 \`$ node N-*.mjs\` commands, found ${nodeSteps.length}`]),
        ...difference(expected, actual),
      ]);
    }
  }

  // 6. The js blocks marked run: they must run to the end in Node, installed as a user would.
  for (const [index, block] of (scratch ? jsBlocks : []).entries()) {
    const file = `readme-block-${index + 1}.mjs`;
    writeFileSync(join(scratch, file), block.code);
    const { ok, output } = await runIn(`node ${file}`);
    report(`${where(block)}: runs in Node from the scratch folder`, ok, [output]);
  }
} catch (error) {
  report('docs check', false, [String(error?.stack ?? error)]);
} finally {
  if (mock) {
    mock.kill('SIGTERM'); // the CLI removes its CA folder on SIGTERM
    await mock.done;
  }
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
if (failed === 0) rmSync(scratchParent, { recursive: true, force: true });
else console.log(`docs: the scratch folder stays in ${scratchParent} for a look`);
console.log(`docs: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/** Resolves with what the mock API printed once its last `export` line is out. */
function mockOutput(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () =>
        reject(
          new Error(`pnpm mock-api printed no settings in ${MOCK_START_TIMEOUT_MS / 1000} s:\n${output}`),
        ),
      MOCK_START_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      output += chunk;
      if (/export OAUTH_CLIENT_ID=.*\n/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm mock-api exited (${code}) before printing its settings:\n${output}`));
    });
  });
}

/** The `$ command` lines of a console block, each with the lines under it. */
function consoleCommands(code) {
  const commands = [];
  for (const line of code.split('\n').slice(0, -1)) {
    if (line.startsWith('$ ')) commands.push({ command: line.slice(2), expected: '' });
    else if (commands.length > 0) commands.at(-1).expected += `${line}\n`;
    else throw new Error(`a console block must start with a \`$ command\` line: ${line}`);
  }
  return commands;
}

/**
 * The fuzz run: random documents in every format the CLI reads (.txt, .md, .html, .docx,
 * .pdf), built on the fly from a seed, plus zip and PDF bombs and giant or special inputs,
 * all checked by the built CLI exactly as a user runs it. Every run must end with exit 0, 1
 * or 2, valid JSON with one result per input, no "unexpected error", and each bomb refused
 * with the limit it goes over. Reports the slowest input and the CLI's peak memory.
 * Used by `npm run fuzz` (tests/fuzz/run.ts) and, short and seeded, by tests/fuzz/fuzz.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx, type DocxBlock } from '../cli/helpers/docx.ts';
import { handWrittenPdf } from '../cli/helpers/pdf.ts';
import { BIN } from '../cli/helpers/run-cli.ts';
import { seededRandom } from '../helpers/seeded-random.ts';
import { bigText, docxBomb, pdfFlateBomb, pdfManyPages } from './hostile-inputs.ts';

export interface FuzzOptions {
  seed: number;
  /** Random documents per format. */
  perFormat: number;
  /** Size of the bombs, in MB once unpacked, and of the giant text. */
  bombMB: number;
  /** The `--limit` values the CLI runs with (small ones keep the test quick). */
  limits: string[];
  /** Run again in the stylish format to learn the slowest input (its summary names it). */
  measureSlowest?: boolean;
}

export interface FuzzReport {
  inputs: number;
  slowest: { file: string; ms: number };
  /** The CLI process's peak resident memory, workers included, in MB. */
  peakMB: number;
  wallMs: number;
  failures: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Text a council paper might hold, plus the kinds of thing a hostile author might add. */
const PIECES = [
  () => 'The consultation will run from',
  () => 'closes on',
  () => 'Notice of the change in funding was given on',
  () => 'for twelve weeks',
  () => 'An equality impact assessment has been carried out.',
  () => 'The CVS and the VCS will be consulted.',
  () => 'Funding to the Riverside Advice Centre will end.',
  () => 'Mr. A.B. Smith, Cllr.',
  () => '\r',
  () => '\u202e\u200b\u0007',
  () => '<a ',
  () => '</b>',
  () => '**',
  () => '[link](http://example.org)',
  () => '# Heading',
  () => '| a | b |',
  () => '😀',
];

function randomText(random: () => number, words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) {
    const roll = random();
    if (roll < 0.25) {
      const day = 1 + Math.floor(random() * 31);
      const month = MONTHS[Math.floor(random() * 12)]!;
      const year = 1990 + Math.floor(random() * 60);
      out.push(random() < 0.5 ? `${day} ${month} ${year}` : `${String(day).padStart(2, '0')}/${String(1 + Math.floor(random() * 13)).padStart(2, '0')}/${year}`);
    } else if (roll < 0.7) out.push(PIECES[Math.floor(random() * PIECES.length)]!());
    else if (roll < 0.8) out.push(random() < 0.5 ? '.' : '\n\n');
    else out.push(String.fromCodePoint(Math.floor(random() * 0x2fff)));
  }
  return out.join(' ');
}

/** Latin-1 only, for the hand-written PDF's simple font. */
const latin1 = (text: string) => text.replace(/[^\x20-\x7e]/g, ' ');

function randomDocument(random: () => number, format: string): Buffer {
  const words = 20 + Math.floor(random() * 400);
  switch (format) {
    case 'html':
      return Buffer.from(`<!doctype html><title>${randomText(random, 5)}</title><body>${randomText(random, words).replace(/\n\n/g, () => ['<p>', '<h2>', '</div>', '<li>', '<table><tr><td>'][Math.floor(random() * 5)]!)}`);
    case 'docx': {
      const blocks: DocxBlock[] = [];
      for (let index = 0; index < 1 + Math.floor(random() * 8); index++) {
        const roll = random();
        const text = randomText(random, 10 + Math.floor(random() * 40)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ');
        blocks.push(roll < 0.2 ? { heading: text.slice(0, 60) } : roll < 0.3 ? { table: [[text.slice(0, 30), text.slice(30, 60)]] } : { paragraph: text });
      }
      return makeDocx(blocks);
    }
    case 'pdf':
      return handWrittenPdf(Array.from({ length: 1 + Math.floor(random() * 4) }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => latin1(randomText(random, 12)))));
    default:
      return Buffer.from(randomText(random, words));
  }
}

/** Inputs that must be refused, and the limit (or words) the message must name. */
async function hostileInputs(bombMB: number): Promise<{ name: string; content: Buffer; expect: RegExp }[]> {
  return [
    { name: 'bomb.docx', content: await docxBomb(bombMB), expect: /unpackedSizeMB/ },
    { name: 'lying-bomb.docx', content: await docxBomb(bombMB, { lie: true }), expect: /zip bomb/ },
    { name: 'flate-bomb.pdf', content: await pdfFlateBomb(bombMB), expect: /unpackedSizeMB/ },
    { name: 'many-pages.pdf', content: pdfManyPages(Math.max(200, bombMB * 100)), expect: /pdfPages/ },
    { name: 'giant.txt', content: bigText(bombMB), expect: /fileSizeMB|characters/ },
  ];
}

/** Run the built CLI with its peak memory recorded by a preloaded module (workers share the process). */
function runMeasured(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string; peakMB: number; wallMs: number }> {
  const began = performance.now();
  const reporter = "process.on('exit',()=>process.stderr.write('\\n@@peak '+process.resourceUsage().maxRSS+'\\n'))";
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(reporter)}`, BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = /@@peak (\d+)/.exec(stderr);
      resolve({ code, stdout, stderr: stderr.replace(/\n@@peak \d+\n/, ''), peakMB: peak ? Math.round(Number(peak[1]) / 1024) : 0, wallMs: performance.now() - began });
    });
    child.stdin.end();
  });
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const folder = mkdtempSync(join(tmpdir(), 'compact-proof-fuzz-'));
  const failures: string[] = [];
  try {
    const random = seededRandom(options.seed);
    const names: string[] = [];
    for (const format of ['txt', 'md', 'html', 'docx', 'pdf']) {
      for (let index = 0; index < options.perFormat; index++) {
        const name = `random-${format}-${index}.${format}`;
        writeFileSync(join(folder, name), randomDocument(random, format));
        names.push(name);
      }
    }
    const hostile = await hostileInputs(options.bombMB);
    for (const input of hostile) {
      writeFileSync(join(folder, input.name), input.content);
      names.push(input.name);
    }

    const limits = options.limits.flatMap((limit) => ['--limit', limit]);
    const run = await runMeasured(['--format', 'json', ...limits, ...names], folder);
    if (![0, 1, 2].includes(run.code ?? -1)) failures.push(`the CLI exited with ${run.code}: ${run.stderr.slice(0, 500)}`);
    let results: { file: string; errors: { message: string }[] }[] = [];
    try {
      results = JSON.parse(run.stdout);
    } catch {
      failures.push(`the JSON report does not parse: ${run.stdout.slice(0, 200)}`);
    }
    if (results.length !== names.length) failures.push(`${results.length} results for ${names.length} inputs`);
    for (const result of results) {
      for (const error of result.errors) if (/unexpected error/.test(error.message)) failures.push(error.message.slice(0, 500));
      const hostileInput = hostile.find((input) => input.name === result.file);
      if (hostileInput && !result.errors.some((error) => hostileInput.expect.test(error.message))) {
        failures.push(`${result.file} was not refused with ${hostileInput.expect}: ${JSON.stringify(result.errors)}`);
      }
      if (!hostileInput && result.errors.length > 0 && !/no text|not valid|binary data/.test(result.errors[0]!.message)) {
        failures.push(`${result.file} could not be checked: ${result.errors[0]!.message}`);
      }
    }
    // The stylish report names the slowest paper (the JSON contract has no timings).
    const stylish = options.measureSlowest ? await runMeasured([...limits, ...names], folder) : undefined;
    const slowestLine = stylish && /Slowest paper: (.+) \((\d+) ms\)/.exec(stylish.stdout);
    if (stylish && stylish.code !== run.code) failures.push(`the stylish run exited with ${stylish.code}, the JSON run with ${run.code}`);
    return {
      inputs: names.length,
      slowest: { file: slowestLine?.[1] ?? '', ms: Number(slowestLine?.[2] ?? 0) },
      peakMB: Math.max(run.peakMB, stylish?.peakMB ?? 0),
      wallMs: run.wallMs,
      failures,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

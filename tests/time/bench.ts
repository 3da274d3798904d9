/**
 * `npx tsx tests/time/bench.ts`: how fast the time grammar reads council text, on the
 * seeded benchmark corpus (1 MB), apart from the retext parse. Prints MB/s for the lexer,
 * the grammar and the whole `findTimeExpressions`, best of several runs so that a busy
 * machine disturbs the figure as little as possible.
 */
import { buildCorpus, countWords } from '../bench/corpus.ts';
import { parseText } from '../../shared/engine/parse.ts';
import { findTimeExpressions } from '../../shared/time/index.ts';
import { lex } from '../../shared/time/lexer.ts';
import { TimeGrammar } from '../../shared/time/grammar.ts';

const text = buildCorpus(1_000_000);
const tree = parseText(text);
const reference = new Date(Date.UTC(2025, 0, 15));

function best(label: string, run: () => unknown, rounds = 7): void {
  run();
  let fastest = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  const megabytes = text.length / 1_000_000;
  console.log(`${label.padEnd(22)} ${fastest.toFixed(1).padStart(7)} ms  ${(megabytes / (fastest / 1000)).toFixed(1).padStart(6)} MB/s`);
}

console.log(`corpus: ${text.length} characters, ${countWords(text)} words, ${findTimeExpressions(tree, reference).length} time expressions`);
best('lex', () => lex(text));
const tokens = lex(text);
best('grammar (scan)', () => new TimeGrammar(tokens).scan());
best('findTimeExpressions', () => findTimeExpressions(tree, reference));
// For scale on a busy machine: the retext parse every lint pays anyway.
best('retext parse (engine)', () => parseText(text), 3);

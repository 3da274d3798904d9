/**
 * The human format: findings grouped by file, one line each (where, severity, message,
 * rule), the suggested wording under it, the Compact commitment too with `--why`, and a
 * summary. Colour only when asked (a terminal, and NO_COLOR not set).
 */
import type { Severity } from '../../engine/finding.ts';
import type { FileResult } from '../results.ts';
import { plural, position, totals, type ReportOptions } from './shared.ts';
import { terminalLine as shown } from '../terminal-text.ts';

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 } as const;

function painter(enabled: boolean) {
  return (style: keyof typeof CODES, text: string) => (enabled ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
}

const SEVERITY_STYLE: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatStylish(results: readonly FileResult[], options: ReportOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];

  for (const result of results) {
    if (result.messages.length === 0) continue;
    // Everything that comes from the document, its name or a config is passed through `shown`: see terminal-text.ts.
    lines.push(paint('underline', shown(result.file)));
    const where = result.messages.map((message) => shown(position(message)));
    const whereWidth = where.reduce((widest, text) => Math.max(widest, text.length), 0);
    const indent = ' '.repeat(2 + whereWidth + 2 + 'warning'.length + 2);
    result.messages.forEach((message, index) => {
      const severity = paint(SEVERITY_STYLE[message.severity], message.severity.padEnd(7));
      lines.push(`  ${paint('dim', where[index]!.padEnd(whereWidth))}  ${severity}  ${shown(message.message)}  ${paint('dim', shown(message.ruleId))}`);
      if (message.expected.length) lines.push(`${indent}${paint('green', `Suggested: ${shown(message.expected.join(' / '))}`)}`);
      if (options.why && message.note) lines.push(`${indent}Why: ${shown(message.note)}`);
    });
    lines.push('');
  }

  for (const line of summaryLines(results, options.color)) lines.push(line);
  return `${lines.join('\n')}\n`;
}

/**
 * The closing summary: problems by severity, unreadable inputs and, for an agenda pack,
 * findings by rule and the slowest paper. Also written to a terminal's stderr when the
 * report itself goes to a file or is in a machine format.
 */
export function summaryLines(results: readonly FileResult[], color: boolean): string[] {
  const paint = painter(color);
  const lines: string[] = [];
  const sum = totals(results);
  const checked = results.length - sum.unreadable;
  const counts = `${plural(sum.bySeverity.error, 'error')}, ${plural(sum.bySeverity.warning, 'warning')}, ${sum.bySeverity.info} info`;
  if (sum.problems === 0 && checked === 0) lines.push(sum.unreadable ? paint('red', 'No papers could be checked.') : 'No papers were checked.');
  else if (sum.problems === 0) lines.push(paint('green', `✔ No problems found in ${plural(checked, 'paper')}.`));
  else {
    const colour = sum.bySeverity.error ? 'red' : sum.bySeverity.warning ? 'yellow' : 'cyan';
    lines.push(paint(colour, paint('bold', `✖ ${plural(sum.problems, 'problem')} (${counts}) in ${plural(checked, 'paper')} checked.`)));
  }
  if (sum.unreadable) lines.push(paint('red', `${plural(sum.unreadable, 'input')} could not be checked (see the messages above).`));

  // A run over an agenda pack also gets where the findings come from and what took longest.
  if (results.length > 1) {
    if (sum.byRule.size) {
      const byRule = [...sum.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      lines.push(`Findings by rule: ${byRule.map(([rule, count]) => `${shown(rule)} ${count}`).join(', ')}`);
    }
    const read = results.filter((result) => result.errors.length === 0);
    if (read.length > 1) {
      const slowest = read.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
      lines.push(`Slowest paper: ${shown(slowest.file)} (${Math.round(slowest.durationMs)} ms)`);
    }
  }
  return lines;
}

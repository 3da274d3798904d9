/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request
 * (`::warning file=…,line=…::message`). Word and PDF findings carry the file only, with the
 * paragraph or page in the message. See "Workflow commands for GitHub Actions".
 */
import type { FileResult } from '../results.ts';
import { describeLocation } from './shared.ts';
import { terminalBlock } from '../terminal-text.ts';

/**
 * Escaping for the message part. The log is shown in a terminal or GitHub's log viewer, both of
 * which act on escape sequences, so control characters other than line breaks are made visible.
 */
function escapeData(value: string): string {
  return terminalBlock(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for property values (file, title), which also end at `:` and `,`. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = result.file.split('\\').join('/');
    for (const error of result.errors) lines.push(`::error file=${escapeProperty(file)},title=compact-proof::${escapeData(error.message)}`);
    for (const message of result.messages) {
      const title = escapeProperty(`compact-proof (${message.ruleId})`);
      const suggestion = message.expected.length ? ` Suggested: ${message.expected.join(' / ')}.` : '';
      if (message.location) {
        const text = `${describeLocation(message.location)}: ${message.message}${suggestion}`;
        lines.push(`::${COMMAND[message.severity]} file=${escapeProperty(file)},title=${title}::${escapeData(text)}`);
      } else {
        const place = `line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn}`;
        lines.push(`::${COMMAND[message.severity]} file=${escapeProperty(file)},${place},title=${title}::${escapeData(message.message + suggestion)}`);
      }
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

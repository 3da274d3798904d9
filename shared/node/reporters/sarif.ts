/**
 * SARIF 2.1.0, for code-scanning tools (GitHub code scanning, Azure DevOps, editors). Each
 * rule in the registry is described in `tool.driver.rules` with its summary, the Compact
 * commitment it rests on and a link to its README, so the tool can show the why next to
 * each result. Inputs that could not be read are tool notifications, not results.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../../lint-rules/index.ts';
import { COMMITMENTS } from '../../engine/commitments.ts';
import type { FileResult, Message } from '../results.ts';
import { describeLocation, type ReportOptions } from './shared.ts';
import { jsonForTerminal } from '../terminal-text.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

function ruleDescriptor(rule: (typeof RULES)[number]) {
  const commitment = COMMITMENTS[rule.commitment];
  const flagged = rule.examples.flagged.map((example) => `- ${example.text}`).join('\n');
  const fine = rule.examples.fine.map((example) => `- ${example.text}`).join('\n');
  const helpText =
    `${rule.summary}\n\nCompact commitment: ${commitment.title}. ${commitment.summary}\nSource: ${commitment.source}\n\n` +
    `Flagged:\n${flagged}\n\nFine:\n${fine}\n\nMore: ${rule.url}`;
  const helpMarkdown =
    `${rule.summary}\n\n**Compact commitment: ${commitment.title}.** ${commitment.summary}\n\n_Source: ${commitment.source}_\n\n` +
    `Flagged:\n\n${flagged}\n\nFine:\n\n${fine}\n\n[Rule documentation](${rule.url})`;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} Compact commitment: ${commitment.title}. ${commitment.summary}` },
    help: { text: helpText, markdown: helpMarkdown },
    helpUri: rule.url,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { commitment: commitment.title, tags: ['compact', rule.commitment] },
  };
}

function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const absolute = isAbsolute(file) ? file : `${cwd}${sep}${file}`;
  const fromRoot = relative(cwd, absolute);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { uri: pathToFileURL(absolute).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function toResult(message: Message, file: string, cwd: string, ruleIndex: Map<string, number>) {
  const artifactLocation = artifactUri(file, cwd);
  const physicalLocation = message.location
    ? { artifactLocation }
    : {
        artifactLocation,
        region: {
          startLine: message.line,
          startColumn: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          charOffset: message.offset,
          charLength: message.endOffset - message.offset,
          snippet: { text: message.actual },
        },
      };
  const where = message.location ? `${describeLocation(message.location)}: ` : '';
  const suggestion = message.expected.length ? ` Suggested: ${message.expected.join(' / ')}.` : '';
  return {
    ruleId: message.ruleId,
    ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
    level: LEVEL[message.severity],
    message: { text: `${where}${message.message}${suggestion}` },
    locations: [
      {
        physicalLocation,
        ...(message.location ? { logicalLocations: [{ name: describeLocation(message.location), kind: message.location.kind }] } : {}),
      },
    ],
    properties: { actual: message.actual, expected: message.expected, note: message.note, data: message.data },
  };
}

export function formatSarif(results: readonly FileResult[], options: ReportOptions): string {
  const rules = RULES.map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const notifications = results.flatMap((result) =>
    result.errors.map((error) => ({
      level: 'error',
      message: { text: error.message },
      locations: [{ physicalLocation: { artifactLocation: artifactUri(result.file, options.cwd) } }],
    })),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compact-proof',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/compact-proof/compact-proof',
            rules,
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: results.flatMap((result) => result.messages.map((message) => toResult(message, result.file, options.cwd, ruleIndex))),
      },
    ],
  };
  return `${jsonForTerminal(log)}\n`;
}

/**
 * The JSON format: a stable contract (documented in the README). One object per input, in
 * input order: `{file, messages, errors}`; each message has exactly the fields below, in
 * this order, plus `location` for Word and PDF inputs.
 */
import type { FileResult, Message } from '../results.ts';
import { jsonForTerminal } from '../terminal-text.ts';

function toJsonMessage(message: Message) {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    offset: message.offset,
    endOffset: message.endOffset,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    data: message.data,
    ...(message.location ? { location: message.location } : {}),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const output = results.map((result) => ({
    file: result.file,
    messages: result.messages.map(toJsonMessage),
    errors: result.errors,
  }));
  return `${jsonForTerminal(output)}\n`;
}

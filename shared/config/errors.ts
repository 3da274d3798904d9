/**
 * Turn zod issues into messages a council officer can act on: the key, the value found,
 * and what is allowed. (zod/mini's own messages are just "Invalid input".)
 */
import type * as z from 'zod/mini';

export class ConfigError extends Error {
  constructor(
    readonly origin: string,
    readonly problems: string[],
  ) {
    super(`${origin}: invalid configuration\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  // JSON reads a number too large for a double (1e999) as Infinity, which JSON.stringify would print as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return `${String(value)} (a number too large to use)`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Follow a schema down a path through objects, records, arrays, optionals and defaults. */
function schemaAt(schema: AnySchema | undefined, path: readonly PropertyKey[]): AnySchema | undefined {
  let current = schema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    let node = s;
    while (node && 'innerType' in node._zod.def) node = (node._zod.def as { innerType: AnySchema }).innerType;
    return node;
  };
  for (const key of path) {
    current = unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.shape) current = (def.shape as Record<PropertyKey, AnySchema>)[key];
    else if (def.valueType) current = def.valueType as AnySchema;
    else if (def.element) current = def.element as AnySchema;
    else return undefined;
  }
  return unwrap(current);
}

function allowedKeys(schema: AnySchema | undefined): string[] {
  const def = schema?._zod.def as unknown as { shape?: Record<string, unknown> } | undefined;
  return def?.shape ? Object.keys(def.shape) : [];
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in quotes',
  boolean: 'true or false',
  array: 'a list in square brackets',
  object: 'an object in curly brackets',
  record: 'an object in curly brackets',
};

function joinPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(top level)';
}

/** Keys that JavaScript gives a special meaning; a config that uses them is refused, not silently misread. */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Every reserved key anywhere in parsed JSON, as a message naming where it is. */
export function reservedKeyProblems(input: unknown, path: readonly PropertyKey[] = []): string[] {
  if (input === null || typeof input !== 'object') return [];
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    if ((RESERVED_KEYS as readonly string[]).includes(key)) {
      problems.push(`"${joinPath([...path, key])}" is not allowed: ${RESERVED_KEYS.join(', ')} are reserved names in JavaScript and cannot be used as keys`);
    } else for (const problem of reservedKeyProblems(value, [...path, Array.isArray(input) ? Number(key) : key])) problems.push(problem);
  }
  return problems;
}

export function describeIssues(issues: readonly Issue[], input: unknown, schema: AnySchema, prefix: readonly PropertyKey[] = []): string[] {
  const problems: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const key = joinPath(path);
    const got = describeValue(valueAt(input, issue.path));
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(schemaAt(schema, issue.path));
        for (const unknownKey of issue.keys) {
          problems.push(
            `"${joinPath([...path, unknownKey])}" is not a setting compact-proof knows` +
              (allowed.length ? `; allowed here: ${allowed.join(', ')}` : ''),
          );
        }
        break;
      }
      case 'invalid_type':
        problems.push(`"${key}" is ${got}; expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`);
        break;
      case 'invalid_value':
        problems.push(`"${key}" is ${got}; expected one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`);
        break;
      case 'too_small':
        problems.push(`"${key}" is ${got}; expected ${issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? `at least ${issue.minimum} character(s)` : `${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`}`);
        break;
      case 'too_big':
        problems.push(`"${key}" is ${got}; expected ${issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : `${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`}`);
        break;
      case 'invalid_format':
        problems.push(`"${key}" is ${got}; expected ${issue.format === 'date' ? 'a date written YYYY-MM-DD' : issue.format}`);
        break;
      case 'invalid_union': {
        // Name the allowed words when one branch of the union is a list of them (a rule's
        // severity: "off", "info", …), rather than zod's bare "Invalid input".
        const words = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : []));
        if (words.length) {
          problems.push(`"${key}" is ${got}; expected one of: ${words.map((word) => JSON.stringify(word)).join(', ')} (or a list of one of those and an options object)`);
          break;
        }
        problems.push(`"${key}" is ${got}; that value is not allowed here`);
        break;
      }
      default:
        problems.push(`"${key}" is ${got}; ${issue.message === 'Invalid input' ? 'that value is not allowed here' : issue.message}`);
    }
  }
  return problems;
}

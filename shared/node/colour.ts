/**
 * Whether to colour what goes to a stream: one decision for everything the CLI writes (the
 * stylish report on stdout and the summary on stderr), so the two never disagree.
 *
 * - NO_COLOR set to anything but the empty string: never (https://no-color.org).
 * - FORCE_COLOR: "0" or "false" turns colour off; any other value (even empty) turns it on.
 * - Otherwise: only when the stream is a terminal.
 */
export function colourWanted(env: NodeJS.ProcessEnv, streamIsTerminal: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return streamIsTerminal;
}

/**
 * Shows passages of the accuracy rounds with their labels and what the rules give now, for
 * people working on the rules:  npm run accuracy:show -- b1-02 rc-017 [--rule notice-period]
 */
import { currentFindings } from './figures.ts';
import { readAllRounds } from './rounds.ts';

const args = process.argv.slice(2);
const ruleAt = args.indexOf('--rule');
const rule = ruleAt === -1 ? undefined : args[ruleAt + 1];
const ids = new Set(args.filter((arg, at) => !arg.startsWith('--') && (ruleAt === -1 || at !== ruleAt + 1)));
for (const round of readAllRounds()) {
  for (const passage of round.passages) {
    if (!ids.has(passage.id)) continue;
    const findings = currentFindings(round, passage.id).filter((finding) => !rule || finding.ruleId === rule);
    console.log(`=== ${passage.id} (${passage.kind}), read on ${passage.referenceDate}\n${passage.text}\n--- labels ${JSON.stringify(passage.labels)}`);
    for (const finding of findings) console.log(`--- now: ${finding.ruleId} ${finding.severity} “${finding.actual}” ${JSON.stringify(finding.data)}`);
    console.log();
  }
}

/**
 * Whole documents: a committee report, a grant letter and a consultation page, each with
 * traps around the real problems. The two timescale rules run together, as a user runs
 * them, and must report exactly the problems listed.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/index.ts';
import { lint } from '../../shared/engine/lint.ts';
import { RULES } from '../../lint-rules/index.ts';
import { TEST_TODAY } from '../helpers/lint-with.ts';

const ONLY = new Set(['consultation-timescale', 'notice-period']);
const config = resolveConfig({ rules: Object.fromEntries(RULES.map((rule) => [rule.id, ONLY.has(rule.id) ? 'warning' : 'off'])) as never });

function check(text: string, format: 'text' | 'markdown' = 'text') {
  return lint(text, config, { today: TEST_TODAY, format }).map((finding) => ({ rule: finding.ruleId, actual: finding.actual, data: finding.data, severity: finding.severity }));
}

const REPORT = `# Eastmoor Borough Council

**Cabinet**

**Date of meeting:** 9 April 2025

**Title:** Community support grants 2025/26

## 1. Purpose

1.1 To agree changes to two grants to voluntary organisations and to consult on a new grants prospectus.

## 2. Recommendations

2.1 That Cabinet agrees to end the grant to Eastmoor Play Association on 30 June 2025.

2.2 That authority is delegated to the Director of Place, in consultation with the Portfolio Holder, to agree transitional support.

2.3 That Cabinet approves an eight-week public consultation on a new grants prospectus, from 14 April 2025 to 9 June 2025.

## 3. Background

3.1 The Play Association has received council funding since 2009. Its current agreement runs until 31 March 2026.

## 4. Consultation

4.1 Following consultation with ward members, officers met the Play Association on 3 March 2025. The Voluntary Sector Forum was consulted on 12 March 2025.

## 5. Legal implications

5.1 The grant agreement allows either party to end it on three months’ notice in writing. Notice of this key decision was published 28 clear days before the meeting.

## 6. Staffing

6.1 Two council staff who support the play schemes will be given contractual notice in line with HR policy.
`;

const LETTER = `Kingsford County Council
Communities Directorate

3 February 2025

Dear Mr Adeyemi,

Community Chest grant to Kingsford Men’s Shed

I am writing to tell you that, following the decision of the Communities Committee, the council’s grant to the Men’s Shed will be reduced by half from 1 April 2025 and will end on 30 September 2025.

If you wish to appeal, please tell us within 14 days of the date of this letter. If you decide to end the agreement early, you must give us one month’s notice.

Yours sincerely,

Amira Shah
Head of Communities`;

const PAGE = `Have your say on day services

Published: 1 July 2025

We are consulting on how day services for adults with learning disabilities should be run from 2026. The consultation opens on 7 July 2025 and closes at midnight on 29 September 2025. That is 12 weeks.

No funded organisation will see a change to its grant before April 2026, and we will give every organisation at least three months’ notice in writing of any change.

Drop-in sessions: 15 July 2025 and 2 September 2025, 10am to 1pm.`;

describe('timescale rules on whole documents', () => {
  it('committee report: a short notice and a short consultation, and none of the traps', () => {
    expect(check(REPORT, 'markdown')).toEqual([
      {
        rule: 'notice-period',
        actual: '30 June 2025',
        severity: 'warning',
        data: expect.objectContaining({ basis: 'dates', from: '2025-04-09', to: '2025-06-30', effective: '2025-07-01', noticeDays: 83, requiredDays: 91 }),
      },
      {
        rule: 'consultation-timescale',
        actual: 'from 14 April 2025 to 9 June 2025',
        severity: 'warning',
        data: expect.objectContaining({ problem: 'too-short', start: '2025-04-14', close: '2025-06-09', lengthDays: 56, requiredDays: 84, explained: false }),
      },
    ]);
  });

  it('grant letter: the reduction from April is short, the end in September is not, the appeal and own notice are not funding notice', () => {
    expect(check(LETTER)).toEqual([
      {
        rule: 'notice-period',
        actual: '1 April 2025',
        severity: 'warning',
        data: expect.objectContaining({ basis: 'dates', from: '2025-02-03', effective: '2025-04-01', noticeDays: 57, requiredDays: 89 }),
      },
    ]);
  });

  it('compliant consultation page: nothing to report', () => {
    expect(check(PAGE)).toEqual([]);
  });
});

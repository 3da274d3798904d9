/**
 * `undefined-acronym` on whole passages written for these tests (fictional councils and
 * groups), one for each kind of text where capitals and definitions take other forms than
 * "words in full (ACR)": minutes, newsletters with a glossary, board papers, hub pages,
 * decision records. Each test gives exactly what the rule must report.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';

const findings = (text: string) => lintWithRule('undefined-acronym', text);
const flagged = (text: string) => findings(text).map((finding) => finding.actual);

describe('undefined-acronym on whole passages', () => {
  it('parish council minutes: formulas in capitals are words, the one unexplained abbreviation is flagged', () => {
    const text = `Ashcombe Vale Parish Council
Minutes of the meeting held on Monday 2 June 2025

PRESENT: Councillors Moss (Chair), Oduya and Penhale
APOLOGIES: Councillor Trent

7. PLAYING FIELD LEASE
The Clerk reported that the lease with the cricket club ends in September. Members AGREED that
the Clerk should ask the club whether it wants a new lease.
NOTED.

8. GRANTS
RESOLVED THAT:
(1) the grant of £400 to Ashcombe Tots be APPROVED; and
(2) the request from the LCTR group be DEFERRED to the next meeting.`;
    expect(flagged(text)).toEqual(['LCTR']);
  });

  it('a newsletter with its glossary at the end, a file size and a Freepost address', () => {
    const text = `Brackenfield CVS – SUMMER BULLETIN

Help with your SLA
If your group has an SLA with the district council, our advice sessions can help you get ready for its review. The
guidance is on our website (PDF, 240 KB). You can also write to us at FREEPOST BRACKENFIELD CVS.

Money from the PCN
Several practices in the PCN have set aside money for walking groups. Ask the HSCP about it.

Words used in this bulletin
CVS: Council for Voluntary Service
SLA – service level agreement (what your group agrees to do for the money it gets)
PCN | primary care network`;
    expect(flagged(text)).toEqual(['HSCP']);
  });

  it('a board paper: a name in its title, ", or", a scheme name before brackets, and brackets after something else', () => {
    const text = `Orme and Brackenfield Integrated Care Board
Board meeting – 9 July 2025

1. The ICB is asked to note the plan for the Healthy Homes Fund, or HHF, which pays for small repairs.
2. The Warm Rooms Grant scheme (WRG) will open again in October.
3. Care Quality Commission inspectors (CQC) visited two of the homes in June.`;
    expect(flagged(text)).toEqual(['CQC']);
  });

  it('a consultation hub page: banners, status words and "click HERE" are not abbreviations', () => {
    const text = `Have Your Say – Orme District Council

PRESS RELEASE – 14 April 2025

OPEN
Library opening hours: tell us what suits you. Closes 30 June 2025.
To take part, click HERE.

CLOSED
Dog control orders: YOU SAID, WE DID.`;
    expect(flagged(text)).toEqual([]);
  });

  it('a short form in a heading is fine when the text under it gives the full form, but not when the full form means something else', () => {
    const explained = `SEND Transport Review

We are reviewing transport for children with special educational needs and disabilities (SEND). The SEND team will write to families.`;
    expect(flagged(explained)).toEqual([]);
    const notExplained = `VCS Strategy

Our Voluntary and Community Strategy was agreed in 2022 and is now being refreshed.`;
    expect(flagged(notExplained)).toEqual(['VCS']);
  });

  it('a decision record: reference codes, club names and well-known abbreviations are left alone; "P&R" is flagged', () => {
    const text = `DECISION MADE (CAB 24/25 0113)
Our ref: KL/MW

Grants were awarded to Orme Rovers FC, Ashcombe RUFC and the A&E volunteer drivers. The decision will be reported to
the P&R Committee in September.`;
    expect(flagged(text)).toEqual(['P&R']);
    expect(flagged('The Policy and Resources (P&R) Committee met. The P&R Committee agreed.')).toEqual([]);
  });

  it('an explanation given later in the running text is still reported at the first use, saying it comes later', () => {
    const [finding, ...rest] = findings(`The HHF opens in May.\n\nSmall repairs are paid for by the Healthy Homes Fund (HHF).`);
    expect(rest).toEqual([]);
    expect(finding!.actual).toBe('HHF');
    expect(finding!.data.definedLater).toBe(true);
  });
});

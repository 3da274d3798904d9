/**
 * notice-period on notice spread over sentences, tables and letters (issue 19): the change and
 * the day the organisation was told in different sentences, decision notices with numeric
 * dates, budget annex tables, a recipient's own account, minutes and agenda packs whose
 * items each carry their own date, and the wordings of ending funding. Every passage here was
 * written for this file (fictional councils and groups); each asserts every finding exactly.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-with.ts';

interface Expected {
  from?: string;
  effective?: string;
  stated?: string;
  fromSource?: string;
}

function findings(text: string, referenceDate?: string): Expected[] {
  return lintWithRule('notice-period', text, {}, { referenceDate }).map((finding) =>
    finding.data.basis === 'dates'
      ? { from: finding.data.from as string, effective: finding.data.effective as string, fromSource: finding.data.fromSource as string }
      : { stated: finding.actual, fromSource: finding.data.fromSource as string },
  );
}

const dates = (from: string, effective: string, fromSource: string): Expected => ({ from, effective, fromSource });

describe('the change and the day the organisation was told in different sentences', () => {
  it('takes the posting date of the letters from the next sentence', () => {
    const text = 'Two grants to residents’ associations in Pellow Vale will end on 31 May 2025. Letters telling both associations were posted on 24 March 2025.';
    expect(findings(text, '2025-04-02')).toEqual([dates('2025-03-24', '2025-06-01', 'notified')]);
  });

  it('takes the day of writing from the paragraph before, in the same item', () => {
    const text = 'We wrote to the Fenwick Street Men’s Shed on 7 April 2025.\n\nThe shed’s grant will stop on 30 June 2025.';
    expect(findings(text, '2025-04-10')).toEqual([dates('2025-04-07', '2025-07-01', 'notified')]);
  });

  it('is silent when the letters went out early enough', () => {
    const text = 'The grant to the Corrie Lane Allotment Society will end on 30 September 2025. The society was told in writing on 10 April 2025.';
    expect(findings(text, '2025-05-01')).toEqual([]);
  });

  it('does not borrow a notification date from another item of the paper', () => {
    const text =
      '3. Grants\n\n3.1 The grant to Stourby Credit Union will end on 30 June 2025.\n\n7. Other business\n\n7.1 Letters about the library rota were sent on 1 May 2025.';
    expect(findings(text, '2025-04-10')).toEqual([dates('2025-04-10', '2025-07-01', 'reference')]);
  });

  it('does not take an ordinary meeting in the next sentence for the decision', () => {
    const text = 'The grant to Ashby Play Rangers will end on 31 July 2025. We will meet the rangers at a meeting on 20 June 2025 to talk about other funding.';
    expect(findings(text, '2025-05-02')).toEqual([dates('2025-05-02', '2025-08-01', 'reference')]);
  });
});

describe('decision notices and records with numeric dates', () => {
  it('reads a decision date field and an end date written 30/04/2025', () => {
    const text = 'DECISION NOTICE\nDecision reference: CM/2025/19\nDate of decision: 03/03/2025\n\nDecision: To end the service level agreement (SLA) with Hob Lane Advice Project for the Tuesday outreach session on 30/04/2025.';
    expect(findings(text)).toEqual([dates('2025-03-03', '2025-05-01', 'document')]);
  });

  it('reads a decision taken field and an end date without "on"', () => {
    const text = 'Decision taken: 14/02/2025\n\nThe Cabinet Member agreed that the befriending grant to Lyme Street Friends ends 31/03/2025.';
    expect(findings(text)).toEqual([dates('2025-02-14', '2025-04-01', 'document')]);
  });

  it('reads "(iv) To end … one year early, on …" as a decision in a list of resolutions', () => {
    const text =
      'Meeting: 10/03/2025 - Cabinet (Item 41)\n\n41 Arts grants\n\nCabinet agreed the following:\n\n(i) To end the Kestle Players’ current three year funding arrangement one year early, on 31 March 2025.';
    expect(findings(text, '2025-03-12')).toEqual([dates('2025-03-10', '2025-04-01', 'document')]);
  });
});

describe('tables', () => {
  it('reads a letter column and a change column, row by row, and leaves out rows with no change', () => {
    const text = [
      'Appendix 3: Voluntary sector grants 2025/26',
      '',
      'Each group below was sent a letter with the reasons for the change.',
      '',
      'Group | Grant 2024/25 | Grant 2025/26 | Letter sent | Change takes effect',
      'Tallow Hill Lunch Club | £6,000 | £4,000 | 20 February 2025 | 1 April 2025',
      'Brenton Young Carers | £9,500 | £9,500 | – | no change',
      'Mere Side Scouts | £2,000 | £1,000 | 2 December 2024 | 1 April 2025',
    ].join('\n');
    expect(findings(text, '2025-03-01')).toEqual([dates('2025-02-20', '2025-04-01', 'notified')]);
  });

  it('reads a decision date in the heading above the table and “1 April” in a column', () => {
    const text = 'Grant reductions agreed by Cabinet on 10 February 2025\n\nOrganisation | Grant now | New grant | From\nOrchard Carers | £10,000 | £7,000 | 1 April\nHolt Road Scouts | £2,000 | £2,000 | –';
    expect(findings(text, '2025-02-12')).toEqual([dates('2025-02-10', '2025-04-01', 'decision')]);
  });

  it('reads a "Funding ends" column as the last funded day, with a decision column', () => {
    const text = 'Grant decisions\n\nOrganisation | Decision | Funding ends\nBrook Advice | 05/02/2025 | 31/03/2025\nLark Rise Club | 05/11/2024 | 31/03/2025';
    expect(findings(text)).toEqual([dates('2025-02-05', '2025-04-01', 'decision')]);
  });

  it('reads tab-separated tables and Markdown tables', () => {
    const tabs = 'Changes to community grants\n\nGroup\tLetter dated\tGrant ends\nPine Street Youth\t3 March 2025\t30 April 2025\nOak Club\t1 December 2024\t31 March 2025';
    expect(findings(tabs)).toEqual([dates('2025-03-03', '2025-05-01', 'notified')]);
    const markdown = 'Grant changes for 2025/26\n\n| Organisation | Letter sent | Change takes effect |\n| --- | --- | --- |\n| Moor Lane Café | 20 February 2025 | 1 April 2025 |\n| Elm Court Club | 1 December 2024 | 1 April 2025 |';
    expect(findings(markdown)).toEqual([dates('2025-02-20', '2025-04-01', 'notified')]);
  });

  it('is silent on a grant that goes up, and on a table of staff posts', () => {
    expect(findings('Grant changes agreed by Cabinet on 10 February 2025\n\nOrganisation | 2024/25 | 2025/26 | From\nFairway Carers | £10,000 | £12,000 | 1 April 2025')).toEqual([]);
    expect(findings('Staff changes agreed on 10 February 2025\n\nPost | Grade | Ends\nProject worker | 5 | 31 March 2025')).toEqual([]);
  });
});

describe('letters and a recipient’s own account', () => {
  it('counts a decision not to renew from the letter’s date line to the end of the term the letter gives', () => {
    const letter = (date: string) =>
      `Brackley Town Council\nHigh Street\n\n${date}\n\nDear Mr Ogun\n\nYour grant for the youth café runs until 31 March 2025. I am sorry to tell you that the council has decided not to renew it.`;
    expect(findings(letter('3 February 2025'))).toEqual([dates('2025-02-03', '2025-04-01', 'document')]);
    expect(findings(letter('3 December 2024'))).toEqual([]);
  });

  it('is silent on a term with no decision to end it', () => {
    expect(findings('3 February 2025\n\nDear Ms Hale\n\nYour grant for the youth café runs until 31 March 2025. We look forward to hearing about your plans.')).toEqual([]);
  });

  it('counts from the day a group says it was told', () => {
    expect(findings('On 6 January 2025 we were told our grant would not continue after March 2025.', '2025-02-10')).toEqual([dates('2025-01-06', '2025-04-01', 'notified')]);
    expect(findings('We received a letter from the county council on 19 May 2025 saying that our contract would be terminated on 31 July 2025.', '2025-06-10')).toEqual([
      dates('2025-05-19', '2025-08-01', 'notified'),
    ]);
    expect(findings('In a phone call on 20 January 2025 the council told us the befriending grant will end in March 2025.', '2025-02-10')).toEqual([
      dates('2025-01-20', '2025-04-01', 'notified'),
    ]);
  });
});

describe('minutes and agenda packs: each item has its own date', () => {
  it('counts a minuted decision from the meeting date in the heading', () => {
    const text = 'Minutes of the meeting of the Communities Committee held on Tuesday 4 March 2025\n\n14. Lunch club grants\n\nAGREED that the grant to the Oakley Lunch Club would end on 31 May 2025.';
    expect(findings(text)).toEqual([dates('2025-03-04', '2025-06-01', 'document')]);
  });

  it('counts each set of minutes in a pack from its own meeting', () => {
    const text = [
      'Agenda pack',
      '',
      '1. Apologies',
      '',
      '2. Minutes of the meeting held on 2 December 2024',
      '',
      'RESOLVED that the grant to Rowan Youth would cease on 31 March 2025.',
      '',
      '3. Minutes of the meeting held on 20 January 2025',
      '',
      'RESOLVED that the grant to Ash Grove Carers would cease on 31 March 2025.',
    ].join('\n');
    expect(findings(text, '2025-02-01')).toEqual([dates('2025-01-20', '2025-04-01', 'meeting')]);
  });

  it('takes an agenda’s meeting date for an item, not the date of the minutes named in another item', () => {
    const text = [
      'Harrowgate Borough Council',
      'CABINET',
      'Wednesday 11 February 2026 at 7pm, Committee Room 2',
      '',
      'AGENDA',
      '',
      '1. Apologies for absence',
      '',
      '2. Minutes of the meeting held on 14 January 2026',
      '',
      '3. Voluntary sector grants 2026/27',
      'Cabinet is asked to agree a 10% reduction in the core grants to the advice agencies listed in Appendix A, from 1 April 2026.',
    ].join('\n');
    expect(findings(text, '2026-02-02')).toEqual([dates('2026-02-11', '2026-04-01', 'document')]);
  });

  it('dates a proposal from the sentence after it that refers back ("this would take effect from")', () => {
    const text = (meeting: string) => `Cabinet – ${meeting}\n\n(a) Ending the grant to the Millbrook Credit Union (£6,000 a year). If agreed, this would take effect from 1 April 2026.`;
    expect(findings(text('20 January 2026'))).toEqual([dates('2026-01-20', '2026-04-01', 'document')]);
    expect(findings(text('20 November 2025'))).toEqual([]);
    expect(findings('Cabinet – 20 January 2026\n\n(a) Reducing library opening hours. If agreed, this would take effect from 1 April 2026.')).toEqual([]);
  });
});

describe('a contract’s notice clause beside the notice actually given', () => {
  const letter = (ends: string) =>
    `3 March 2025\n\nDear Ms Reyes\n\nClause 9 of the grant agreement lets either side end it on one month’s notice. We are not relying on that clause: the council has decided that the grant will end on ${ends}, and this letter is our notice.`;

  it('judges the letter by its dates, not by the clause it mentions', () => {
    expect(findings(letter('30 September 2025'))).toEqual([]);
    expect(findings(letter('30 April 2025'))).toEqual([dates('2025-03-03', '2025-05-01', 'document')]);
  });

  it('still flags the clause when the text gives no dates of its own', () => {
    expect(findings('Clause 9 of the grant agreement lets the council end it on one month’s notice.', '2025-03-03')).toEqual([{ stated: 'one month’s', fromSource: 'reference' }]);
  });
});

describe('a change dated by the point before it', () => {
  it('reads "from the same date" as the date of the point before', () => {
    const text =
      'DELEGATED DECISION\nDecision taken: 5 January 2026\n\nDECISION\n1. From 1 February 2026 the council will pay only for trips by people aged 75 or over.\n2. The grant to Harbour Dial-a-Ride will be cut from £30,000 to £20,000 a year from the same date.';
    expect(findings(text)).toEqual([dates('2026-01-05', '2026-02-01', 'document')]);
  });
});

describe('financial years', () => {
  it('takes the first day of a financial year a resolution names', () => {
    const text = 'RESOLVED: That the grant to Lowfield Good Neighbours is discontinued with no further award for 2025/26.';
    expect(findings(text, '2025-02-20')).toEqual([dates('2025-02-20', '2025-04-01', 'reference')]);
  });

  it('takes the financial year from the heading of a decision with no date of its own', () => {
    const text = 'Voluntary Sector Grants 2025/26\n\nDecision: The Executive approved the withdrawal of funding from the Bridge Street Drop-in.';
    expect(findings(text, '2025-02-20')).toEqual([dates('2025-02-20', '2025-04-01', 'reference')]);
  });

  it('is silent on past reductions, options under consultation and a change in circumstances', () => {
    expect(findings('The grant to Lowfield Good Neighbours was reduced in 2023/24.', '2025-02-20')).toEqual([]);
    expect(findings('We are consulting on whether to reduce grants to voluntary groups from 2025/26.', '2025-02-20')).toEqual([]);
    expect(
      findings('Community Transport Grants 2025/26\n\n(2) To delegate authority to reallocate funds if there is a change in the circumstances of a funded group.', '2025-02-20'),
    ).toEqual([]);
  });
});

describe('wordings of ending or cutting funding', () => {
  const reference = '2025-02-10';
  it.each([
    ['cease at the end of the financial year', 'The council will cease its funding of the Quayside Advice Project at the end of the financial year.', '2025-04-01'],
    ['will not continue beyond', 'Funding for the Riverside Toy Library will not continue beyond 31 March 2025.', '2025-04-01'],
    ['stepping down', 'The trust is stepping down its grant to the Harbour Hospice from 1 April 2025.', '2025-04-01'],
    ['no longer fund', 'The council will no longer fund the Westgate Dial-a-Ride after 30 April 2025.', '2025-05-01'],
  ])('%s', (_wording, text, effective) => {
    expect(findings(text, reference)).toEqual([dates(reference, effective, 'reference')]);
  });

  it('reads stated notice in weeks or days when the funding is named in the paragraph before', () => {
    const text = 'Kingsbury Council is to end its small grants scheme for village halls.\n\nHalls will be given six weeks’ notice before payments stop.';
    expect(findings(text, reference)).toEqual([{ stated: 'six weeks’', fromSource: 'reference' }]);
    expect(findings('The ICB will stop the peer support contract and the provider will receive 30 days’ notice.', reference)).toEqual([{ stated: '30 days’', fromSource: 'reference' }]);
  });

  it('lets the dates decide when a sentence states the notice and gives both dates', () => {
    expect(findings('Subject to approval, 13 weeks’ notice will be served on 1 August 2025 and the grant will end on 24 October 2025.')).toEqual([
      dates('2025-08-01', '2025-10-25', 'notified'),
    ]);
    expect(findings('Subject to approval, 13 weeks’ notice will be served on 1 July 2025 and the grant will end on 30 November 2025.')).toEqual([]);
  });
});

describe('what it still leaves alone', () => {
  it.each([
    ['a charity’s notice to the council', 'Eastfield Mind has given the council notice that it will stop running the drop-in on 31 March 2025.'],
    ['staff notice when a grant ends', 'When the grant ends on 31 March 2025, staff at the project will be given four weeks’ notice.'],
    ['an agreement’s fixed term', 'The grant agreement runs from 1 April 2022 to 31 March 2025.'],
    ['a general policy', 'We will give at least three months’ notice before any grant is reduced or ended.'],
    ['notice of a meeting', 'Notice of the meeting to discuss grant reductions will be given seven days in advance.'],
    ['an appeal window', 'If your grant is withdrawn, you may appeal within 21 days.'],
    ['a charity telling the council in a letter', 'Dear Ms Patel\n\nOn 3 March 2025 our trustees decided to close the toy library, and we write to give the council notice that we will stop on 30 April 2025.'],
    ['a denied cut', 'The grant to Calder Carers will not be cut from 1 April 2025.'],
    ['a term followed by a plan', 'The contract with Fenby Advice ends on 31 March 2025 and will be re-procured; the new contract will start on 1 April 2025.'],
    ['a stop that depends on something else', 'Grant payments will stop on 31 March 2025 if the monitoring form is not returned.'],
    ['a review of grants ending', 'The review of grants will end on 31 March 2025. Letters about the outcome were sent on 3 February 2025.'],
    ['a consultation on grant cuts closing', 'We propose to reduce grants to community centres. The consultation on the grant changes will close on 14 March 2025.'],
    ['a new grant from a date', 'Cabinet agreed a new grant to Calder Carers from 1 April 2025.'],
    ['a grant that continues', '3 February 2025\n\nDear Mr Amos\n\nFollowing our meeting on 28 January 2025, I confirm that your grant will continue at the same level until 31 March 2026.'],
    ['a deferred decision and a new award from a date', 'Cabinet agreed the following:\n\n(i) To defer the decision to end the grant to Wickham Shopmobility and to award a grant of £9,000 from 1st July until 31st March 2026 while more information is gathered.'],
    ['a decision not to cut', 'RESOLVED that Cabinet agreed not to reduce the grant to the Oakfield Tenants’ Forum from 1 April 2025.'],
    ['a table of agreement terms', 'Current grant agreements\n\nOrganisation | Start date | End date\nCalder Carers | 1 April 2022 | 31 March 2025\nFenby Advice | 1 April 2023 | 31 March 2026'],
  ])('%s', (_what, text) => {
    expect(findings(text, '2025-03-01')).toEqual([]);
  });
});

/** Behaviour of the `jargon` rule beyond its README examples. */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../tests/helpers/lint-with.ts';
import { formsOf } from './compile.ts';
import { inflectFirstWord, verbForm } from './inflect.ts';
import { TERMS, TERM_KINDS, type TermRow } from './terms.ts';

/** Every kind, `formal` too, unless a test says which: most tests here are about matching. */
const flagged = (text: string, options: Record<string, unknown> = {}) => lintWithRule('jargon', text, { kinds: [...TERM_KINDS], ...options }).map((finding) => finding.actual);
const findings = (text: string, options: Record<string, unknown> = {}) => lintWithRule('jargon', text, { kinds: [...TERM_KINDS], ...options });

describe('jargon: matching on words', () => {
  it('matches any case and multi-word phrases', () => {
    expect(flagged('GOING FORWARD we will meet monthly. Going Forward, less often.')).toEqual(['GOING FORWARD', 'Going Forward']);
  });

  it('matches hyphen, space and joined forms', () => {
    expect(flagged('These are cross-cutting issues, cross cutting themes and crosscutting risks.')).toEqual([
      'cross-cutting',
      'cross cutting',
      'crosscutting',
    ]);
  });

  it('matches -ize spellings of -ise terms', () => {
    expect(flagged('We will utilize the room and finalize the prioritization.')).toEqual(['utilize', 'finalize', 'prioritization']);
  });

  it('matches plurals and verb forms', () => {
    expect(flagged('Stakeholders met. Synergies were found. The work was undertaken and the room utilised.')).toEqual([
      'Stakeholders',
      'Synergies',
      'undertaken',
      'utilised',
    ]);
  });

  it('matches a phrase broken over a line', () => {
    expect(flagged('The fund is open to groups in order\nto cover the cost of rent.')).toEqual(['in order\nto']);
  });

  it('does not match a phrase across punctuation', () => {
    expect(flagged('We are going, forward planning is done.')).toEqual([]);
  });

  it('does not match part of a longer word', () => {
    expect(flagged('The robustness test, the siloed teams and the impactful scheme.')).toEqual([]);
  });
});

describe('jargon: suggestions', () => {
  it('bends the alternatives to the form found', () => {
    const [utilised] = findings('The hall was utilised.');
    expect(utilised!.expected).toEqual(['used']);
    const [silos] = findings('Teams work in silos.');
    expect(silos!.expected).toEqual(['separate teams', 'isolated teams']);
    const [undertaken] = findings('The review has been undertaken.');
    expect(undertaken!.expected).toEqual(['done', 'carried out']);
  });

  it('capitalises a suggestion for a capitalised term', () => {
    const [finding] = findings('Prior to the meeting, papers go out.');
    expect(finding!.expected).toEqual(['Before']);
  });

  it('words its message as "Replace … with …" and explains in the note', () => {
    const [finding] = findings('Going forward, grants are yearly.');
    expect(finding!.message).toBe('Replace “Going forward” with plain words such as “From now on” or “In future”.');
    expect(finding!.note).toContain('Local Government Association');
    expect(finding!.note).toContain('Clear, jargon-free information');
    expect(finding!.data).toEqual({ term: 'going forward', kind: 'jargon', source: 'LGA' });
  });

  it('asks for a word to be left out when that is the fix', () => {
    const [finding] = findings('The council hereby gives notice.');
    expect(finding!.message).toBe('Leave out “hereby”: the sentence reads the same without it.');
    expect(finding!.expected).toEqual([]);
  });

  it('reports wordy phrases as hints and jargon at the rule severity', () => {
    const severities = findings('In order to save money, stakeholders agreed.').map((finding) => [finding.actual, finding.severity]);
    expect(severities).toEqual([
      ['In order to', 'info'],
      ['stakeholders', 'warning'],
    ]);
  });
});

describe('jargon: context-sensitive words', () => {
  it('flags "impact" only as a verb', () => {
    expect(flagged('The cut will impact on residents.')).toEqual(['impact on']);
    expect(flagged('This could adversely impact families.')).toEqual(['impact']);
    expect(flagged('Groups impacted by the change can respond.')).toEqual(['impacted']);
    expect(flagged('The impact on residents is low. An equality impact assessment was done. The impacts on carers are set out.')).toEqual([]);
  });

  it('flags "deliver" only with an abstract object', () => {
    expect(flagged('The plan will deliver savings of £40,000.')).toEqual(['deliver']);
    expect(flagged('Volunteers deliver better outcomes for tenants.')).toEqual(['deliver']);
    expect(flagged('Volunteers deliver food parcels and deliver the newsletter.')).toEqual([]);
  });

  it('never flags a meeting agenda or a key decision', () => {
    expect(flagged('This is a key decision. The agenda for the meeting is attached. Key stage 2 results improved.')).toEqual([]);
    expect(flagged('It is part of the prevention agenda.')).toEqual(['agenda']);
    expect(flagged('We met our key partners and the key holder.')).toEqual(['key']);
    expect(flagged('The key risks and key issues are set out. Key Stage 2 and the key safe are fine.')).toEqual(['key', 'key']);
  });

  it('leaves core domain vocabulary alone', () => {
    const text =
      'The Compact guides commissioning and procurement. Service users, partners and the partnership board were consulted. Foster carers were asked to promote the survey and progress was good.';
    expect(flagged(text)).toEqual([]);
  });

  it('respects a word that rules the jargon use out', () => {
    expect(flagged('Staff need an enhanced DBS check.')).toEqual([]);
    expect(flagged('The scheme enhanced the offer.')).toEqual(['enhanced']);
    expect(flagged('Save as a PDF and email it.')).toEqual([]);
    expect(flagged('The walls are finished in white render behind a new retaining wall.')).toEqual([]);
    expect(flagged('The cut would render the service unviable, so we will retain it.')).toEqual(['render', 'retain']);
    expect(flagged('Save as set out in clause 4, the grant is fixed.')).toEqual(['Save as']);
  });

  it('flags letter-writing habits only in their letter use', () => {
    expect(flagged('Further to your letter of 3 May, the grant is confirmed. Further to our recent meeting, we agree.')).toEqual(['Further to', 'Further to']);
    expect(flagged('The site lies further to the north. We have nothing further to add.')).toEqual([]);
    expect(flagged('If you require help, call us. We require two references. Should you require a copy, ask.')).toEqual(['require', 'require', 'require']);
    expect(flagged('The Act requires councils to consult. Planning permission is required.')).toEqual([]);
    expect(findings('Please do not hesitate to contact me.')[0]!.message).toContain('Leave out “do not hesitate to”');
    expect(flagged('Payment is made on receipt of an invoice, and the rest upon receipt of the accounts.')).toEqual(['on receipt of', 'upon receipt of']);
  });

  it('flags "realise", "unlock", "engage" and "embed" only in their jargon use', () => {
    expect(flagged('The merger will realise savings and unlock funding.')).toEqual(['realise', 'unlock']);
    expect(flagged('We realise this is hard. Staff unlock the hall at 9. Young people realise their potential.')).toEqual([]);
    expect(flagged('We engaged an architect. We will engage with residents.')).toEqual(['engage with']);
    expect(flagged('The page has an embedded video. Learning will be embedded in practice.')).toEqual(['embedded']);
    expect(findings('Learning will be embedded in practice.')[0]!.expected).toEqual(['built in', 'made part of']);
  });

  it('flags a service called an "offer", but not the statutory SEND Local Offer', () => {
    expect(flagged('The early help offer and the support offer have changed.')).toEqual(['early help offer', 'support offer']);
    expect(flagged('The Local Offer lists SEND services. We made an offer on the building.')).toEqual([]);
  });

  it('skips terms inside names', () => {
    expect(flagged('The Community Engagement Team and the Stakeholder Forum met.')).toEqual([]);
    expect(flagged('Community engagement starts in May.')).toEqual(['Community engagement']);
  });
});

describe('jargon: explained terms', () => {
  it('accepts a glossary line anywhere in the document', () => {
    const text = 'We will fund capacity building next year.\n\nGlossary\n\nCapacity building: training and support for small groups.';
    expect(flagged(text)).toEqual([]);
  });

  it('accepts "means" and "is a" definitions and bulleted glossaries', () => {
    expect(flagged('In this paper, a pooled budget means money two bodies put into one pot. The pooled budget grows.')).toEqual([]);
    expect(flagged('- **Stakeholders** – the people and groups affected.\n\nStakeholders will be told.')).toEqual([]);
    expect(flagged('Best Value is a legal duty on councils.\n\nThe Best Value review starts soon.')).toEqual([]);
  });

  it('accepts the term in brackets after plain words', () => {
    expect(flagged('Money is set aside for one purpose only (ring-fenced) and cannot move.')).toEqual([]);
  });

  it('accepts a quoted term followed by a dash, and a term introduced as a name', () => {
    expect(flagged("The aim is 'joined-up thinking' - planning services together.")).toEqual([]);
    expect(flagged('Support groups, also known as infrastructure organisations, help charities.')).toEqual([]);
    expect(flagged('We need joined-up thinking - and quickly.')).toEqual(['joined-up thinking']);
  });

  it('does not take an acronym or a date in brackets as an explanation', () => {
    expect(flagged('Best Value (BV) applies.')).toEqual(['Best Value']);
    expect(flagged('The baseline (2023) is low.')).toEqual(['baseline']);
  });

  it('does not take an ordinary sentence starting with the term as a glossary', () => {
    expect(flagged('Stakeholders will be invited to a workshop.')).toEqual(['Stakeholders']);
  });
});

describe('jargon: options', () => {
  it('adds the organisation’s own terms, with verb forms when asked', () => {
    const options = { extraTerms: [{ term: 'right-size', alternatives: ['cut'], verb: true, note: 'Say what will be cut.' }] };
    const result = findings('The service was right-sized last year.', options);
    expect(result.map((finding) => [finding.actual, finding.expected])).toEqual([['right-sized', ['cut']]]);
    expect(result[0]!.note).toContain('Say what will be cut.');
  });

  it('lets an extra term without alternatives still be flagged', () => {
    const [finding] = findings('This is a game changer.', { extraTerms: [{ term: 'game changer' }] });
    expect(finding!.message).toBe('Replace “game changer” with plain words that say what you mean.');
  });

  it('ignores a term in every form', () => {
    expect(flagged('Stakeholders and a stakeholder met.', { ignore: ['stakeholder'] })).toEqual([]);
    expect(flagged('Cross-cutting themes.', { ignore: ['cross cutting'] })).toEqual([]);
    expect(flagged('A stakeholder and two stakeholders.', { ignore: ['Stakeholders'] })).toEqual([]);
    expect(flagged('A stakeholder met in order to agree.', { ignore: ['stakeholder'] })).toEqual(['in order to']);
  });

  it('checks only the chosen kinds', () => {
    const text = 'In order to help, the said grant is paid. Stakeholders agree.';
    expect(flagged(text, { kinds: ['legalese'] })).toEqual(['the said']);
    expect(flagged(text, { kinds: ['wordy'] })).toEqual(['In order to']);
  });

  it('refuses a bad option with a message naming the key', () => {
    expect(() => findings('Text.', { kinds: ['slang'] })).toThrow(/rules\.jargon\.options\.kinds\.0/);
  });
});

describe('jargon: word forms', () => {
  it('inflects regular, doubling and irregular verbs', () => {
    expect(['s', 'ed', 'ing'].map((form) => verbForm('utilise', form as 's'))).toEqual(['utilises', 'utilised', 'utilising']);
    expect(verbForm('defer', 'ed')).toBe('deferred');
    expect(verbForm('notify', 's')).toBe('notifies');
    expect(verbForm('notify', 'ed')).toBe('notified');
    expect(verbForm('give', 'ed')).toBe('gave');
    expect(verbForm('give', 'ed', true)).toBe('given');
    expect(inflectFirstWord('make sure', 'ing')).toBe('making sure');
  });

  it('lists the forms of a row', () => {
    const row: TermRow = { term: 'drive out', alternatives: ['stop'], kind: 'jargon', note: 'x.', source: 'own', verb: true };
    expect(formsOf(row).map((form) => form.phrase)).toEqual(['drive out', 'drives out', 'drove out', 'driving out', 'driven out']);
  });
});

describe('jargon: everyday formal words are off unless asked for', () => {
  const formalRows = TERMS.filter((row) => row.kind === 'formal');
  it('has formal rows, each flagged with kinds: ["formal"] and never by default', () => {
    expect(formalRows.length).toBeGreaterThan(30);
    // Rows with a context (letter-writing "require") need words around them: the generative tests cover those.
    for (const row of formalRows.filter((candidate) => !candidate.context)) {
      const text = `Members noted that they ${row.term} it.`;
      expect(lintWithRule('jargon', text).map((finding) => finding.data.term), row.term).toEqual([]);
      expect(lintWithRule('jargon', text, { kinds: ['formal'] }).map((finding) => finding.data.term), row.term).toContain(row.term);
    }
  });
  it('reports a formal word as a hint, like a wordy phrase', () => {
    expect(lintWithRule('jargon', 'The club will cease meeting in May.', { kinds: ['formal'] }).map((finding) => [finding.actual, finding.severity])).toEqual([['cease', 'info']]);
  });
  it('keeps the wordy phrases people do stumble on by default', () => {
    expect(lintWithRule('jargon', 'We will utilise the hall in order to facilitate the sessions.').map((finding) => finding.actual)).toEqual(['utilise', 'in order to', 'facilitate']);
  });
});

/**
 * findItems: the items of an agenda, minutes or a report in parts, within which a rule
 * reasons. Passages written for this file (fictional councils).
 */
import { describe, expect, it } from 'vitest';
import { findItems, findSections } from '../../shared/document/sections.ts';

const itemsOf = (text: string) => findItems(text, findSections(text, 'text')).map((item) => `${item.number} ${item.title}`.trim());

describe('findItems', () => {
  it('reads the numbered items of an agenda, with the text before them as item 0', () => {
    const text = 'Thornleigh Council\nCABINET\n\nAGENDA\n\n1. Apologies for absence\n\n2. Library opening hours\nReport of the Director.\n\n3. Community grants\nReport of the Director.';
    expect(itemsOf(text)).toEqual(['0', '1 Apologies for absence', '2 Library opening hours', '3 Community grants']);
  });

  it('reads minutes with items in capitals and "Item 4:" headings', () => {
    const minutes = 'Minutes of the meeting held on 3 March 2026\n\nPresent: Councillor Vance\n\n1. APOLOGIES\nNone.\n\n2. GRANTS UPDATE\nNOTED.';
    expect(itemsOf(minutes)).toEqual(['0', '1 APOLOGIES', '2 GRANTS UPDATE']);
    const agenda = 'AGENDA\n\nItem 3: Parks strategy\nFor decision.\n\nItem 4: Youth services\nFor decision.';
    expect(itemsOf(agenda)).toEqual(['0', '3 Parks strategy', '4 Youth services']);
  });

  it('keeps a report’s own numbered sections inside its item when they start again from 1', () => {
    const text = [
      'AGENDA',
      '1. Apologies for absence',
      '2. Day services review',
      '1. Purpose\nTo agree the future of day services.',
      '2. Recommendations\nThat Cabinet agrees the proposals.',
      '3. Equality implications\nAn assessment is attached.',
      '3. Date of next meeting',
    ].join('\n\n');
    expect(itemsOf(text)).toEqual(['0', '1 Apologies for absence', '2 Day services review', '3 Date of next meeting']);
  });

  it('reads one report with numbered sections as one paper', () => {
    const text = 'Report to Cabinet\n\n1. Purpose\nTo agree grants.\n\n2. Recommendations\nThat Cabinet agrees the grants.\n\n3. Background\nThe scheme began in 2015.\n\n4. Equality implications\nNone.';
    expect(itemsOf(text)).toEqual([]);
  });

  it('reads a report in parts when two parts have their own equality sections', () => {
    const text = [
      'Savings proposals',
      '1. Libraries\n1.1 It is proposed to close one branch.\n1.2 Equality implications\nAn assessment is attached.',
      '2. Community transport\n2.1 It is proposed to end one grant.\n2.2 Equality implications\nNone.',
    ].join('\n\n');
    expect(itemsOf(text)).toEqual(['0', '1 Libraries', '2 Community transport']);
  });

  it('prefers headings that say "Item" to an agenda list before them, and reads dashed lines as breaks', () => {
    const text = 'AGENDA\n1. Apologies\n2. Parks\n3. Grants\n\n----------\nITEM 2: PARKS\n2.1 For decision.\n----------\nITEM 3: GRANTS\n3.1 For decision.';
    expect(itemsOf(text)).toEqual(['0', '2 PARKS', '3 GRANTS']);
  });
});

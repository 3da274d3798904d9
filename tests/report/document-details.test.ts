/**
 * The title and responsible body a challenge letter names, read from the document: shared by
 * the CLI's --letter (whole text) and the side panel (page title only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentDetails, isBodyName } from '../../shared/report/document-details.ts';

const ROOT = new URL('../../', import.meta.url);
const example = (name: string) => readFileSync(new URL(`examples/${name}`, ROOT), 'utf8');

describe('documentDetails', () => {
  it('takes a committee paper’s title from its "Title:" line, not the council’s name at the top, and addresses the council', () => {
    const paper = example('cabinet-report-grants.md');
    const headings = paper.split('\n').filter((line) => line.startsWith('#'));
    expect(documentDetails({ text: paper, headings })).toEqual({
      title: 'Community grants and day opportunities: savings proposals for 2025/26',
      responsibleBody: 'Thornbury Vale District Council',
    });
  });

  it('reads the title from a Word table whose label sits in a cell of its own', () => {
    const text = 'Millford District Council\n\nCabinet\n\nReport title\n\nDay centres: proposals for 2026\n\nKey decision\n\nYes';
    expect(documentDetails({ text, headings: ['Millford District Council'] })).toEqual({
      title: 'Day centres: proposals for 2026',
      responsibleBody: 'Millford District Council',
    });
  });

  it('takes a web page’s title without the body’s name, and the body from the title', () => {
    expect(
      documentDetails({
        pageTitle: 'Day opportunities review – consultation – Thornbury Vale District Council',
        text: 'Day opportunities review: consultation\n\nPublished: 3 February 2025',
        headings: ['Day opportunities review: consultation'],
      }),
    ).toEqual({ title: 'Day opportunities review – consultation', responsibleBody: 'Thornbury Vale District Council' });
    // The side panel has the title alone.
    expect(documentDetails({ pageTitle: 'NHS Westshire Integrated Care Board | Have your say' })).toEqual({
      title: 'Have your say',
      responsibleBody: 'NHS Westshire Integrated Care Board',
    });
  });

  it('skips a first heading that is only the body’s name, or a numbered section, for the first real heading', () => {
    const text = '# Millford Borough Council\n\n## 1. Purpose\n\n## Library opening hours review\n\nWe propose shorter hours.';
    expect(documentDetails({ text, headings: ['Millford Borough Council', '1. Purpose', 'Library opening hours review'] })).toEqual({
      title: 'Library opening hours review',
      responsibleBody: 'Millford Borough Council',
    });
  });

  it('finds the body named inside one of the first lines, without the words before it', () => {
    const text = 'Report of the Director to the Cabinet of Westbury Borough Council\n\nLibrary hours\n\nWe propose shorter hours.';
    expect(documentDetails({ text }).responsibleBody).toBe('Westbury Borough Council');
    expect(documentDetails({ text: 'Westshire Hospitals NHS Foundation Trust\n\nOutpatient transport review' })).toEqual({
      title: 'Outpatient transport review',
      responsibleBody: 'Westshire Hospitals NHS Foundation Trust',
    });
  });

  it('does not guess: a charity, "the council" or a body named only further down leaves the placeholder', () => {
    expect(documentDetails({ text: 'Have your say – Westbury Lunch Club\n\nThe council will decide in May.' }).responsibleBody).toBeUndefined();
    expect(documentDetails({ text: 'We met the County Council and the Westbury Wildlife Trust.' }).responsibleBody).toBeUndefined();
    const late = `${'A line of the report.\n\n'.repeat(20)}Millford District Council`;
    expect(documentDetails({ text: late }).responsibleBody).toBeUndefined();
    expect(documentDetails({ text: '' })).toEqual({ title: undefined, responsibleBody: undefined });
  });

  it('tells a body’s name from a heading that merely mentions one', () => {
    for (const name of ['Thornbury Vale District Council', 'Royal Borough of Kingston upon Thames Council', 'Westshire Hospitals NHS Foundation Trust', 'NHS England', 'Department for Education']) {
      expect(isBodyName(name), name).toBe(true);
    }
    for (const line of ['County Council', 'Cabinet', 'Cabinet Report To Millford District Council', 'Day opportunities review: consultation', 'Westbury Wildlife Trust']) {
      expect(isBodyName(line), line).toBe(false);
    }
  });
});

describe('web page titles and bodies, as the side panel reads them', () => {
  it('drops the publishing site’s name from the title', () => {
    expect(documentDetails({ pageTitle: 'Bus service grants: changes to the rate - GOV.UK' }).title).toBe('Bus service grants: changes to the rate');
    expect(documentDetails({ pageTitle: 'Youth services review - Southvale County Council - Citizen Space' })).toEqual({
      title: 'Youth services review',
      responsibleBody: 'Southvale County Council',
    });
    expect(documentDetails({ pageTitle: 'Parks funding review | Have Your Say Riverton' }).title).toBe('Parks funding review');
    // A title that is only about the site is left alone.
    expect(documentDetails({ pageTitle: 'GOV.UK' }).title).toBe('GOV.UK');
  });

  it('takes the body from the page where it says it (“From: Department for Transport”)', () => {
    const lead = 'Consultation outcome\n\nBus service grants: changes to the rate\n\nFrom:\n\nDepartment for Transport\n\nPublished\n\n6 January 2025';
    expect(documentDetails({ pageTitle: 'Bus service grants: changes to the rate - GOV.UK', text: lead }).responsibleBody).toBe('Department for Transport');
  });
});

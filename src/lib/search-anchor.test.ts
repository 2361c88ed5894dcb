import { describe, expect, it } from 'vitest';
import { resultHref } from './search-anchor';

const glossary = {
  url: '/glossary/',
  anchors: [
    { id: 'arpa', location: 166 },
    { id: 'churn', location: 440 },
    { id: 'ltv', location: 700 },
  ],
  sub_results: [{ url: '/glossary/' }],
};

describe('resultHref', () => {
  it('opens a page of entries at the entry holding most of the matches', () => {
    expect(resultHref({ ...glossary, locations: [214, 449, 469, 484, 505, 766] })).toBe('/glossary/#churn');
  });

  it('takes the earlier entry when two hold as many', () => {
    expect(resultHref({ ...glossary, locations: [200, 710] })).toBe('/glossary/#arpa');
  });

  it('opens at the top when the matches come before any entry', () => {
    expect(resultHref({ ...glossary, locations: [3, 10] })).toBe('/glossary/');
  });

  it('opens a page with headings to link at its top, as before', () => {
    expect(
      resultHref({ url: '/calculators/churn/', locations: [5], anchors: [{ id: 'meaning-title', location: 1 }], sub_results: [{ url: '/calculators/churn/#meaning-title' }] }),
    ).toBe('/calculators/churn/');
  });
});

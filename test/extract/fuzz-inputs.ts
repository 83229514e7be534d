// Random inputs for the property tests of the DATES, CASUALTIES and number stages: junk, and
// fragments of date and casualty wording glued at random.
import fc from 'fast-check';

export const fragments = [
  'killed', 'wounded', 'at least', 'more than', 'dozens of', 'people', 'were', 'and', ',', '.', '(', ')',
  'on Tuesday', 'last week', 'between', '3', '2,500', '10^30', '1e12', '99999999999999999999', 'May', 'night of',
  '4-5', 'Around', '9 May 2020', '(as reported)', 'no', 'fatalities', ':', 'the bodies of', 'a man', 'to death',
  'earlier this month', 'early', 'late', 'week of', '31 February', '0000', '9999', 'Sept.', 'yesterday', '/', '-',
  'twenty-one', 'hundreds', 'leaving', 'dead', 'injured', 'shot dead', 'fatally', 'neither', 'nor', '\u0000', 'é', '🙂',
];
export const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((a) => a.join('')),
);
export const published = fc.option(fc.constantFrom('2024-08-13', '2020-01-01', '2000-02-29', 'garbage', '9999-12-31', '1000-01-01'), { nil: undefined });

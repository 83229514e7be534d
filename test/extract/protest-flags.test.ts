// protest-flags.ts: PROTEST_WORD gates PROTEST_RE, so it must match wherever PROTEST_RE does; and a
// sentence's held-protest cue (read through its protest cue) is what the plain formula gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLANNED_PROTEST_RE, PROTEST_RE, PROTEST_WORD, SentenceFlags } from '../../src/extract/protest-flags.ts';
import { segment } from '../../src/extract/segment.ts';

/** PROTEST_RE's top-level branches */
function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { cur += c + source[++i]; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '|' && depth === 0) { out.push(cur); cur = ''; } else cur += c;
  }
  return [...out, cur];
}

test('every branch of PROTEST_RE holds a word of PROTEST_WORD outside its groups', () => {
  const words = PROTEST_WORD.source.split('|');
  const bs = branches(PROTEST_RE.source);
  assert.ok(bs.length > 20);
  for (const b of bs) {
    // (groups, classes and \b left out: what remains is text every match of the branch contains,
    // bar an optional letter before a quantifier, which no gate word ends on)
    const plain = b.replace(/\((?:[^()]|\([^()]*\))*\)[?*]?(?:\{\d+,\d+\})?/g, '').replace(/\[[^\]]*\]/g, '#').replace(/\\b/g, '');
    assert.ok(words.some((w) => plain.toLowerCase().includes(w)), `branch ${b} (${plain})`);
  }
  assert.equal(PROTEST_RE.flags, PROTEST_WORD.flags);
});

const TEXTS = [
  'Hundreds of teachers went on strike in Lagos, and nurses held a rally outside the ministry.',
  'Protesters blocked the main road to the port; police fired tear gas to disperse the crowd.',
  'The union called for a general strike next week, while farmers staged a sit-in on Monday.',
  'Residents gathered for a vigil and banged pots; hecklers booed the governor.',
  'Airstrikes hit a depot and striking miners marched; a drone strike killed two.',
  'The party called for protests on Friday. Villagers demanded a ransom for the hostages.',
  'Thousands marched through the capital in March to denounce the reform.',
  'Gunmen killed four farmers near the border, officials said.',
  'STRIKERS BARRICADED THE GATE and Demonstrations spread; a Cacerolazo followed.',
];

test('the gate and the held-protest cue change no flag', () => {
  // the cues as written before the gate: the long regex alone, and the held cue computed from scratch
  const slow = (t: string) => PROTEST_RE.test(t) || /\b(?:march(?:ed|es|ing)?|March(?:ed|es|ing))\b/.test(t);
  const held = (t: string) => slow(t) && slow(t.replace(PLANNED_PROTEST_RE, ' '));
  const doc = TEXTS.join(' ') + ' ' + [...TEXTS].reverse().join(' ');
  const ss = segment(doc);
  assert.ok(ss.length >= 18);
  for (const s of ss) assert.equal(PROTEST_WORD.test(s.text) && PROTEST_RE.test(s.text), PROTEST_RE.test(s.text), s.text);
  // (read in both orders: a sentence's held cue read before or after its own cue)
  for (const order of [1, -1]) {
    const flags = new SentenceFlags(ss);
    for (let k = 0; k < ss.length; k++) {
      const i = order === 1 ? k : ss.length - 1 - k;
      const w = flags.window(i);
      const expected = slow(ss[i].text) || (i > 0 && held(ss[i - 1].text)) || (i + 1 < ss.length && held(ss[i + 1].text));
      assert.equal(w.protest, expected, ss[i].text);
      assert.equal(w.protestInSentence, slow(ss[i].text), ss[i].text);
    }
  }
});

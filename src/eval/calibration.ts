// Fits the map from the extractor's raw confidence score to the observed share of correct events
// (isotonic regression by pool-adjacent-violators): data/lexicons/calibration.json, read by extract/finish.ts.
export { interpolate as applyCalibration } from '../extract/finish.ts';

interface Block { x: number; y: number; n: number }

function mean(b: Block): number { return b.y / b.n; }

function merge(a: Block, b: Block): Block { return { x: a.x + b.x, y: a.y + b.y, n: a.n + b.n }; }

/** pool adjacent blocks until their means never fall (a stack pass: each block merges backwards) */
function pav(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    let cur = b;
    while (out.length && mean(out[out.length - 1]) >= mean(cur)) cur = merge(out.pop()!, cur);
    out.push(cur);
  }
  return out;
}

/**
 * (raw score, correct) pairs → knots [raw, share correct] of a non-decreasing piecewise-linear map
 * over [0, 1]. Blocks smaller than `minBlock` join a neighbour first, so a handful of events at an
 * extreme score cannot pin the map's end.
 */
export function fitCalibration(pairs: [number, boolean][], minBlock = 40): [number, number][] {
  if (!pairs.length) throw new Error('no predictions to fit a calibration on');
  const byScore = new Map<number, Block>();
  for (const [raw, ok] of pairs) {
    const k = Math.round(raw * 1000) / 1000;
    const b = byScore.get(k) ?? { x: 0, y: 0, n: 0 };
    b.x += k; b.y += ok ? 1 : 0; b.n++;
    byScore.set(k, b);
  }
  let blocks = pav([...byScore.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b));
  for (;;) {
    const i = blocks.findIndex((b) => b.n < minBlock);
    if (i < 0 || blocks.length === 1) break;
    const j = i === blocks.length - 1 ? i - 1 : i === 0 ? 1 : Math.abs(mean(blocks[i - 1]) - mean(blocks[i])) <= Math.abs(mean(blocks[i + 1]) - mean(blocks[i])) ? i - 1 : i + 1;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    blocks = pav([...blocks.slice(0, lo), merge(blocks[lo], blocks[hi]), ...blocks.slice(hi + 1)]);
  }
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const knots: [number, number][] = blocks.map((b) => [round(b.x / b.n, 3), round(mean(b), 3)]);
  if (knots[0][0] > 0) knots.unshift([0, knots[0][1]]);
  if (knots[knots.length - 1][0] < 1) knots.push([1, knots[knots.length - 1][1]]);
  return knots;
}

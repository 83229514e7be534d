// One colour per ACLED event type, from the Okabe–Ito palette (distinguishable with common
// colour-vision deficiencies).
export const TYPE_COLORS: Record<string, string> = {
  Battles: '#d55e00',
  'Explosions/Remote violence': '#cc79a7',
  'Violence against civilians': '#e69f00',
  Protests: '#0072b2',
  Riots: '#56b4e9',
  'Strategic developments': '#009e73',
};

export const EVENT_TYPES = Object.keys(TYPE_COLORS);

export function colorFor(type: string): string {
  return TYPE_COLORS[type] ?? '#666666';
}

// Invented report texts for the fault and load tests: each names its own incident (place, day,
// count), so a clean run and a crashed-then-resumed run can be compared event for event.
const ACTORS = ['Gunmen', 'Suspected militants', 'Unidentified attackers', 'Armed men on motorcycles', 'Insurgents'];
const PLACES = ['Maiduguri', 'Kano', 'Kaduna', 'Jos', 'Yola', 'Bauchi', 'Gombe', 'Damaturu', 'Sokoto', 'Zaria', 'Katsina', 'Minna'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function report(i: number): { id: string; text: string; published: string } {
  const actor = ACTORS[i % ACTORS.length];
  const place = PLACES[i % PLACES.length];
  const day = DAYS[i % DAYS.length];
  const n = 2 + (i % 17);
  const month = 1 + (i % 12);
  const published = `2024-${String(month).padStart(2, '0')}-${String(10 + (i % 18)).padStart(2, '0')}`;
  const text =
    `${actor} attacked a village near ${place} on ${day}, killing ${n} people, police said. ` +
    `Residents said the attackers burned shops and fled before soldiers arrived. ` +
    `Report number ${i} was written for the sitrep reliability tests.`;
  return { id: `rel-${String(i).padStart(5, '0')}`, text, published };
}

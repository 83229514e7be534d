// The extraction engine: an ordered list of named stages, each a pure function over the document
// (chrono-node style). Heavy stages run only on sentences that hold a trigger.
//   segment → triggers → actors/weapons/cues → dates, casualties, places → drafts → modality
//   → coreference → attribution → finish
import type { Geocoder } from '../core/interfaces.ts';
import type { CasualtyMention, DateMention, Document, Extraction, Mention, PlaceMention, Sentence, SitrepEvent, SourceMention } from '../core/types.ts';
import { LEAD, newsDay } from './dates/news-day.ts';
import { notAfterPublication } from './dates/year-before.ts';
import { isBrief, segment } from './segment.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';
import { actorInter, actorName, findActors, type ActorHit } from './actors.ts';
import { findWeapons, type WeaponHit } from './weapons.ts';
import { buildDrafts, clauses, type SentenceAnalysis } from './builder.ts';
import { SentenceFlags } from './protest-flags.ts';
import { foldFoughtBack, foldReturnFire } from './return-fire.ts';
import { retypeArmedVictims, retypeKilledAbductees, retypeUnknownMobs } from './victim-status.ts';
import { retypeViolentProtests } from './protest-violence.ts';
import { retypeDisappearedDetainees } from './disappearance.ts';
import { retypeCommunalClashes } from './communal.ts';
import { retypePeacefulTakeovers } from './territory.ts';
import { insideQuote } from './quotes.ts';
import { retypeArsonOnProperty } from './arson.ts';
import { dropProtestGrievances, foldConsequences, foldForceIntoProtest, foldIntoFight, foldIntoRiot, markHistory, markOldTerritory } from './consequence.ts';
import { findCues, modalityOf } from './modality.ts';
import { causeFramePart } from './cause-frame.ts';
import { corefer, firstSentence, lastSentence, type EventAcc, type PlacedDraft } from './coref.ts';
import { findAttributions, findOutlets } from './attribution.ts';
import { documentPlace, dominantCountry, fallbackPlaces, orgNamePart, placeRank, townNamedLikeActor } from './places.ts';
import { headerTown, placeForTrigger, splitPlaces } from './place-choice.ts';
import { finishEvent } from './finish.ts';
import { dropHeadlineRestatements, headlineClasses, headlineCrimeArrest, headlineNamesProtest, knownTitleTriggers, leadingHeadline } from './headline.ts';
import { liftSubject, proceedingHeadline, subjectEvent } from './subject.ts';
import { articleTriggerDate } from './prior-act.ts';
import { framedByDateLine, noteDateLine } from './dates/note-date.ts';
import { gapBefore } from './dates/gap-before.ts';
import { cutoffOrDocument } from './dates/trigger-date.ts';
import { findDates } from './dates.ts';
import { findCasualties } from './casualties.ts';
import { looksEnglish } from './language.ts';
import { demonymAgents } from './demonym-agents.ts';
import { resolveGroupAnaphora } from './actor-anaphora.ts';
import { inheritRemoteAttacker } from './remote-attacker.ts';
import { noteLabel } from './labels.ts';
import { triggerCasualties } from './trigger-cues.ts';
import { shareSplitToll } from './split-tolls.ts';

export { segment } from './segment.ts';

export interface ExtractOptions {
  geocoder?: Geocoder;
  /** when given, milliseconds spent in each stage are added to it (the bench's per-stage shares) */
  timings?: Record<string, number>;
  /** events carry the raw confidence score instead of its calibrated value (fit-calibration uses it) */
  rawConfidence?: boolean;
}

/** a stage clock: `lap(name)` charges the time since the last lap to `name` (no-op without timings) */
function stageClock(timings: Record<string, number> | undefined): (name: string) => void {
  if (!timings) return () => {};
  let t = performance.now();
  return (name) => {
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + (now - t);
    t = now;
  };
}

const DEBUG = !!process.env.SITREP_DEBUG_EXTRACT;
const SEPARATE_RE = /\b(?:separate(?:ly)?|elsewhere|meanwhile|in another|another (?:attack|incident|strike)|also on|in a related)\b/i;
/** bounds the work on junk input; a long real report has a few hundred */
const MAX_TRIGGERS_PER_DOC = 600;

function publishedDate(doc: Document): DateMention | undefined {
  if (!doc.published) return undefined;
  return { kind: 'date', sentence: -1, start: 0, end: 0, text: '', date: doc.published, range: [doc.published, doc.published], precision: 1 };
}

export function extract(doc: Document, opts: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  const lap = stageClock(opts.timings);
  const text = doc.text ?? '';
  const lang = looksEnglish(text);
  lap('language');
  if (!lang.english) return { id: doc.id, events: [], mentions: [], warnings: ['unsupported language (not English): no events extracted'] };

  // 1. segment; 2. triggers on every sentence (a trie pass), the rest only where a trigger is
  const sentences = segment(text);
  const brief = isBrief(sentences);
  lap('segment');
  const triggersBy = new Map<number, TriggerHit[]>();
  let nTriggers = 0;
  let firstHits: TriggerHit[] = [];
  for (const s of sentences) {
    if (nTriggers >= MAX_TRIGGERS_PER_DOC) {
      warnings.push(`more than ${MAX_TRIGGERS_PER_DOC} event triggers: the rest of the document was not coded`);
      break;
    }
    const t = findTriggers(s);
    if (s.index === 0) firstHits = t;
    if (t.length) triggersBy.set(s.index, t);
    nTriggers += t.length;
  }
  const label = noteLabel(text, sentences[0]);
  if (label) triggersBy.set(label.sentence, [label, ...(triggersBy.get(label.sentence) ?? [])]);
  const mentions: Mention[] = [];
  lap('triggers');
  if (triggersBy.size === 0) return { id: doc.id, events: [], mentions, warnings, language: 'en' };

  // heavy stages only where an event can be: dates on trigger sentences, casualties also on the
  // sentence after one ("3 fatalities."), attribution on those and the one before
  const near = sentences.filter((s) => triggersBy.has(s.index) || triggersBy.has(s.index - 1) || triggersBy.has(s.index - 2));
  const aroundSet = new Set<number>();
  for (const i of triggersBy.keys()) for (let j = i - 1; j <= i + 2; j++) if (j >= 0 && j < sentences.length) aroundSet.add(j);
  const around = sentences.filter((s) => aroundSet.has(s.index));

  // dates: trigger sentences and the sentence before each ("3 March 2021. A herder was stabbed ...")
  const dateSentence = (s: Sentence) => triggersBy.has(s.index) || triggersBy.has(s.index + 1);
  const dated = findDates(doc, sentences.filter(dateSentence), { chain: sentences.length > 4 });
  warnings.push(...dated.warnings);
  const datesBy = groupBy(dated.mentions);
  // an article's lead sentences without a trigger are read for its news day only
  const lead = !brief ? sentences.slice(0, LEAD).filter((s) => !dateSentence(s)) : [];
  const news = !brief ? newsDay([...dated.mentions, ...(lead.length ? findDates(doc, lead).mentions : [])], doc.published) : undefined;
  lap('dates');
  const casualties = findCasualties(doc, near);
  const casualtiesBy = groupBy(casualties);
  lap('casualties');
  let places: PlaceMention[] = [];
  try {
    places = opts.geocoder ? opts.geocoder.findPlaces(doc, sentences, { locationsOnly: true }) : fallbackPlaces(around);
  } catch (err) {
    warnings.push(`geocoder failed: ${(err as Error).message}`);
    places = fallbackPlaces(around);
  }
  lap('places (geocoder)');

  // 3. per trigger sentence: actors, weapons, cues, drafts
  const analyses = new Map<number, SentenceAnalysis>();
  const outletHits = around.flatMap((s) => findOutlets(s).map((o) => ({ ...o, sentence: s.index })));
  const allActors: ActorHit[] = [];
  const allWeapons: WeaponHit[] = [];
  const drafts: PlacedDraft[] = [];
  const triggerSentences = [...triggersBy.keys()].sort((a, b) => a - b);
  // places that are really part of an actor or outlet name ("Iran-backed", "Iran International")
  const actorsBy = new Map<number, ActorHit[]>();
  // countries whose demonym tells where an act happened ("Nigerian kidnappings")
  const actCountries: string[] = [];
  const weaponsBy = new Map<number, WeaponHit[]>();
  for (const i of triggerSentences) {
    const s = sentences[i];
    const found = findActors(s);
    const weapons = findWeapons(s);
    weaponsBy.set(i, weapons);
    // (found.actors come sorted by start: with no demonym agent they are the list as it was)
    const dems = demonymAgents(s, found, weapons, triggersBy.get(i)!, actCountries);
    const acts = dems.length ? [...found.actors, ...dems].sort((a, b) => a.start - b.start) : found.actors;
    actorsBy.set(i, acts);
    allActors.push(...acts);
  }
  resolveGroupAnaphora(allActors, sentences);
  lap('actors, weapons, outlets');
  places = places.filter((p) => {
    const acts = actorsBy.get(p.sentence) ?? [];
    if (acts.some((a) => a.actorKind !== 'country' && a.start <= p.start && a.end >= p.end && !townNamedLikeActor(doc.text, a, p))) return false;
    if ((triggersBy.get(p.sentence) ?? []).some((t) => t.start <= p.start && t.end >= p.end)) return false;
    return !outletHits.some((o) => o.start <= p.start && o.end >= p.end);
  });
  // places that contradict the document's dominant country are resolver mistakes unless the
  // sentence names no place in that country (a report may cover two countries)
  const actorCountries = allActors.filter((a) => a.country && a.actorKind === 'named').map((a) => a.country!);
  const mainCountry = dominantCountry(places, actorCountries, doc.text);
  const hasMain = new Set(places.filter((p) => p.country === mainCountry).map((p) => p.sentence));
  places = places.filter((p) => (p.country === mainCountry || (!hasMain.has(p.sentence) && (p.feature === 'country' || p.feature === 'admin1' || (p.score ?? 0) >= 0.95))) && !orgNamePart(doc.text, p));
  const placesBy = groupBy(places);
  const docPlace = documentPlace(places, mainCountry);
  // a brief's opening town ("On 3 May, in X, Y, ..."): the scene of the whole note
  const noteHead = brief && sentences.length > 1 ? headerTown(sentences[0], placesBy.get(sentences[0].index) ?? []) : undefined;

  // protest/intervention cues of a sentence and its neighbours, each computed on first read
  const protestFlags = new SentenceFlags(sentences);
  let lastDate: { sentence: number; date: DateMention } | undefined;
  const dateLine = brief ? noteDateLine(sentences, datesBy.get(0)) : undefined;
  // sentences that tell an act that did not happen (denied, planned, feared): their places are not
  // where an event of a neighbouring sentence took place
  const unreal = new Set<number>();
  for (const s of sentences) {
    const ds = datesBy.get(s.index);
    if (!triggersBy.has(s.index)) {
      // (a count's cutoff or a statement's day tells no act: "In a 12 May statement, ...")
      const told = ds?.find((d) => !cutoffOrDocument(text, d));
      if (told) lastDate = { sentence: s.index, date: told };
      continue;
    }
    const clause = clauses(s);
    const weapons = weaponsBy.get(s.index) ?? [];
    for (const w of weapons) allWeapons.push(w);
    const a: SentenceAnalysis = { s, actors: actorsBy.get(s.index) ?? [], weapons, triggers: triggersBy.get(s.index)!, casualties: casualtiesBy.get(s.index) ?? [], clause };
    analyses.set(s.index, a);
    const flags = protestFlags.window(s.index);
    const sp = placesBy.get(s.index) ?? [];
    const cues = findCues(s);
    for (const d of buildDrafts(a, flags, sp, (x) => actorInter(x, undefined))) {
      const { modality, cue } = modalityOf(s, clause, cues, d.trigger, a.triggers);
      if (DEBUG) process.stderr.write(`draft s${s.index} "${d.trigger.text}" ${d.trigger.cls} ${d.type?.sub_event_type} mod=${modality}${cue ? `(${cue})` : ''} agent=${d.agent?.text} target=${d.target?.text}\n`);
      if (modality !== 'asserted' && modality !== 'background') { unreal.add(s.index); continue; }
      // ("The attack came in reaction to ..."): the subject of an explaining sentence points back to
      // an act told; it adds to that act and never starts one, nor dates it by the cause's day (cause-frame.ts)
      const back = modality === 'asserted' && causeFramePart(s, d.trigger) === 'back';
      // (the parties named after it are the cause's: "came after the farmer had wounded a herder")
      if (back) Object.assign(d, { trigger: { ...d.trigger, cls: 'anaphor' }, type: null, agent: undefined, target: undefined, victims: [], weapons: [] });
      // (in an article an act a proceeding is about owns only a date of its own phrase; one told with
      // an earlier bare year is dated to it)
      const td = articleTriggerDate(doc, s, d.trigger, ds, clause, !brief);
      let date = td.date;
      const ownDate = td.own && !back;
      // (a coded note's date line dates its story: "10 June. Residents ... to protest arrests made in April")
      if (modality === 'asserted' && framedByDateLine(dateLine, date, d.trigger)) date = dateLine;
      // ("A week after gunmen killed 12 villagers, residents held a vigil on Sunday": the killing came a week before)
      date = gapBefore(text, s, d.trigger, date) ?? date;
      if (!date && lastDate && s.index - lastDate.sentence <= 2) date = lastDate.date;
      if (!date && news && s.index > news.sentence) date = news;
      const pub = publishedDate(doc);
      const fromPublished = !date && !!pub;
      date ??= pub;
      const background = modality === 'background' || !!td.history;
      // a date after publication is a plan (or, told as done without a year, the year before)
      if (date && !(date = notAfterPublication(date, doc, modality === 'asserted'))) continue;
      // background history is emitted only with a date of its own, never the article's
      if (background && (fromPublished || !ownDate)) continue;
      const place = placeForTrigger(s, clause, sp, d.trigger, noteHead);
      const casualties = triggerCasualties(a, d.trigger);
      const split = splitPlaces(doc.text, s, clause, sp, d.trigger, place, brief);
      if (split.length < 2) {
        // the draft is this loop's own object: fill it in place (a spread copy per draft was a
        // measurable share of the extractor's time)
        const pd = d as PlacedDraft;
        pd.date = date;
        pd.ownDate = ownDate;
        pd.place = place;
        pd.ownPlace = !!place;
        pd.casualties = casualties;
        pd.background = background;
        drafts.push(pd);
        continue;
      }
      // "airstrikes hit a house in Nabatieh and a car near Tyre": one event per place; tolls
      // follow the places in order when there are as many, else "each" repeats them
      const each = /\beach\b|\bboth\b/i.test(s.text);
      split.forEach((p, k) => {
        const cs = casualties.length === split.length ? [casualties[k]] : each || k === 0 ? casualties : [];
        drafts.push({ ...d, date, ownDate, place: p, ownPlace: true, casualties: cs, background, part: k });
      });
    }
    for (let k = (ds?.length ?? 0) - 1; k >= 0; k--) {
      if (cutoffOrDocument(text, ds![k])) continue;
      lastDate = { sentence: s.index, date: ds![k] };
      break;
    }
  }

  lap('drafts, modality, place choice');
  // 5. coreference, then follow-up facts: casualties of trigger-less sentences, inherited places
  // a brief: a coded note or a short wire item; "In a separate incident" opens a new event
  // (corefer reads the cue only in a brief: an article's sentences are not scanned for it)
  const separate = brief ? new Set(sentences.filter((s) => SEPARATE_RE.test(s.text.slice(0, 60))).map((s) => s.index)) : undefined;
  let events = corefer(drafts.filter((d) => d.date), { brief, separate, undated: brief && dated.mentions.length === 0, quoted: (d) => insideQuote(text, d.trigger.start) });
  if (label) events = foldIntoLabelEvent(events);
  else if (brief) events = foldConsequences(events);
  if (!label && brief) events = dropProtestGrievances(foldIntoFight(foldForceIntoProtest(foldIntoRiot(events))));
  if (brief) markHistory(events);
  else markOldTerritory(events, doc.published);
  const headlineLine = doc.title ? -1 : leadingHeadline(text, sentences);
  events = dropHeadlineRestatements(events, headlineLine);
  if (drafts.some((d) => !d.date)) warnings.push('event without any date (no --published): dropped');
  // sentences that ended up holding an event; the others are follow-ups of the event before them
  // (plain loops: a spread copy of every event's set was a share of the extractor's own time)
  const asserted = new Set<number>();
  for (const e of events) for (const i of e.sentences) asserted.add(i);
  attachFollowUps(events, sentences, asserted, unreal, casualtiesBy, placesBy);
  events = foldFoughtBack(foldReturnFire(events, sentences), sentences);
  events = retypeArmedVictims(events, sentences, asserted, brief);
  retypeUnknownMobs(events, sentences, asserted);
  retypeKilledAbductees(events, brief);
  retypeDisappearedDetainees(events, sentences, asserted);
  retypeViolentProtests(events, sentences, asserted);
  retypeCommunalClashes(events, sentences, asserted);
  retypePeacefulTakeovers(events);
  if (brief) retypeArsonOnProperty(events);
  // "an artillery response from the coalition": a response is aimed at whoever acted before
  events.forEach((e, i) => {
    if (i > 0 && !e.target && /respon|retaliat|counter/i.test(e.drafts[0].trigger.text) && events[i - 1].agent !== e.agent) e.target = events[i - 1].agent;
  });
  let prevPlace: PlaceMention | undefined;
  for (const e of events) {
    if (!e.place) e.place = prevPlace ?? docPlace;
    prevPlace = e.place;
  }
  inheritRemoteAttacker(events, analyses);

  if (brief) shareSplitToll(sentences, events);
  lap('coreference, follow-ups');
  // 6. attribution
  const sourcesBy = new Map<number, ReturnType<typeof findAttributions>>();
  const outletsBy = groupBy(outletHits);
  for (const s of around) {
    const at = findAttributions(s, outletsBy.get(s.index) ?? []);
    if (at.length) sourcesBy.set(s.index, at);
  }
  for (const e of events) {
    const own: SourceMention[] = [];
    for (const i of e.sentences) own.push(...(sourcesBy.get(i) ?? []));
    const first = firstSentence(e);
    const last = lastSentence(e);
    // trigger-less sentences inside or right after the event ("According to Reuters, ... the projectiles ...")
    for (let j = first + 1; j <= last + 2 && j < sentences.length; j++) if (!asserted.has(j) && !e.sentences.has(j)) own.push(...(sourcesBy.get(j) ?? []));
    e.attributions = own;
  }

  lap('attribution');
  // 7. finish
  const outlets = [...new Set(outletHits.map((o) => o.name))];
  const named = allActors.filter((a) => a.actorKind === 'named' && a.country).map((a) => a.country!);
  // ("Nigerian kidnappings" with no place named: the acts' country is the document's)
  // (and with none of those, the country the report's outlets point to: "OSCE SMM-Ukraine")
  const docCountry = docPlace?.country ?? (named.length ? dominantCountry([], named) : actCountries.length ? dominantCountry([], actCountries) : opts.geocoder?.countryOfSource?.(doc.source));
  const out: SitrepEvent[] = [];
  const seen = new Set<string>();
  const article = !brief;
  // (a headline written as the first line counts as the title)
  const title = doc.title ?? (headlineLine >= 0 ? sentences[headlineLine].text : undefined);
  if (article && !doc.title && headlineLine === 0) knownTitleTriggers(title!, sentences[0], firstHits);
  const headline = article ? headlineClasses(title) : undefined;
  const finishing = { doc, outlets, warnings, docCountry, docCountryFromActors: !docPlace?.country && (named.length > 0 || actCountries.length > 0), article, headline, protestAside: article && !!title?.trim() && !headlineNamesProtest(title), crimeHeadline: article && headlineCrimeArrest(title), rawConfidence: opts.rawConfidence };
  // (the raw score, read to fit the calibration, is left as the score says)
  const subject = opts.rawConfidence ? undefined : subjectEvent(events, headline, proceedingHeadline(title));
  let subjectEv: SitrepEvent | undefined;
  for (const e of events) {
    const ev = finishEvent(e, finishing);
    if (seen.has(ev.event_id)) continue;
    seen.add(ev.event_id);
    out.push(ev);
    if (e === subject) subjectEv = ev;
  }
  if (subjectEv) liftSubject(subjectEv, out);

  lap('finish');
  // mentions: what the stages found, for the evidence view
  const country = docCountry;
  for (const a of allActors) mentions.push({ kind: 'actor', sentence: a.sentence, start: a.start, end: a.end, text: a.text, name: actorName(a, country), inter: actorInter(a, country), country: a.country, affiliation: a.affiliation, generic: a.generic, id: a.id });
  for (const w of allWeapons) mentions.push({ kind: 'weapon', sentence: w.sentence, start: w.start, end: w.end, text: w.text, weapon: w.weapon });
  mentions.push(...casualties, ...dated.mentions, ...places.filter((p) => Number.isFinite(p.latitude)));
  for (const d of drafts) if (d.type) mentions.push({ kind: 'trigger', sentence: d.sentence, start: d.trigger.start, end: d.trigger.end, text: d.trigger.text, event_type: d.type.event_type, sub_event_type: d.type.sub_event_type, id: d.trigger.id, anaphoric: d.trigger.anaphoric || undefined });
  for (const list of sourcesBy.values()) mentions.push(...list);
  lap('mentions');
  return { id: doc.id, events: out, mentions, warnings, language: 'en' };
}

/** a tagged note codes one event: the tag's; the other drafts only add casualties and actors */
function foldIntoLabelEvent(events: EventAcc[]): EventAcc[] {
  const main = events.find((e) => e.drafts.some((d) => d.trigger.id === 'note-label'));
  if (!main) return events;
  for (const e of events) {
    if (e === main) continue;
    for (const c of e.casualties) if (!main.casualties.some((x) => x.start === c.start)) main.casualties.push(c);
    main.agent ??= e.agent;
    main.target ??= e.target;
    for (const s of e.sentences) main.sentences.add(s);
  }
  return [main];
}

function groupBy<T extends { sentence: number }>(xs: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const l = m.get(x.sentence);
    if (l) l.push(x);
    else m.set(x.sentence, [x]);
  }
  return m;
}

/** casualties and places in the sentences after an event that hold no trigger of their own */
function attachFollowUps(events: EventAcc[], sentences: Sentence[], asserted: Set<number>, unreal: Set<number>, casualtiesBy: Map<number, CasualtyMention[]>, placesBy: Map<number, PlaceMention[]>): void {
  const n = sentences.length;
  for (const e of events) {
    const last = lastSentence(e);
    for (let j = last + 1; j < n && j <= last + 3 && !asserted.has(j); j++) {
      // "The rockets were of the Katyusha type": weapons named in a follow-up describe the attack
      if (e.type.event_type === 'Explosions/Remote violence' && j <= last + 2) {
        for (const w of findWeapons(sentences[j])) {
          if ((w.mode === 'shell' || w.mode === 'air') && !e.weapons.some((x) => x.weapon === w.weapon || x.start === w.start) && e.weapons.some((x) => x.mode === w.mode)) e.weapons.push(w);
        }
      }
      const cs = casualtiesBy.get(j) ?? [];
      for (const c of cs) {
        // a later tally adds a count the event lacks; it never overrides one from the event's own sentence
        if (/fatalit/i.test(c.text) || !e.casualties.some((x) => x.type === c.type)) e.casualties.push(c);
      }
    }
    // a country-level place is refined by a more precise place of the same country in the event's
    // own trigger-less sentences ("the launch site was across the river from the base")
    if (!e.place || e.place.feature === 'country') {
      const first = firstSentence(e);
      let best = e.place;
      for (let j = first; j <= last + 1 && j < n; j++) {
        if ((asserted.has(j) || unreal.has(j)) && !e.sentences.has(j)) continue;
        for (const p of placesBy.get(j) ?? []) {
          if (best && p.country !== best.country) continue;
          if (!best || placeRank(p) < placeRank(best)) best = p;
        }
      }
      if (best && best !== e.place) [e.place, e.ownPlace] = [best, e.ownPlace || e.sentences.has(best.sentence)];
    }
  }
}

// Shared types: every arrow of the data flow (ingest → extract → geo → store → api) carries one of these.
// The event record follows ../shared/spec/EVENT.md exactly; fields marked ext are sitrep's own.

/** A report as it enters the extractor. `text` is plain text (HTML already stripped). */
export interface Document {
  id: string;
  text: string;
  /** YYYY-MM-DD; anchors relative dates. */
  published?: string;
  /** The outlet or feed the document came from. */
  source?: string;
  url?: string;
  title?: string;
  /** ISO 639-1 code when detected. */
  language?: string;
}

/** A half-open character range [start, end) into Document.text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {
  /** lower-cased text, used by the lexicon matchers */
  norm: string;
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

export type Inter = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type TimePrecision = 1 | 2 | 3;
export type GeoPrecision = 1 | 2 | 3;

interface MentionBase extends Span {
  /** index of the sentence that holds the mention */
  sentence: number;
}

export interface ActorMention extends MentionBase {
  kind: 'actor';
  /** canonical ACLED-style name, e.g. "Military Forces of the United States" */
  name: string;
  inter: Inter;
  /** ISO country name the actor belongs to, when known */
  country?: string;
  /** sponsor named in the text ("Iran" for "Iran-backed") */
  affiliation?: string;
  /** true for role words (gunmen, protesters, civilians) rather than named groups */
  generic: boolean;
  /** lexicon entry id */
  id: string;
}

export interface WeaponMention extends MentionBase {
  kind: 'weapon';
  /** normalized: "rocket (Katyusha)", "missile", "drone", "artillery", "small arms", "IED", ... */
  weapon: string;
}

export interface CasualtyMention extends MentionBase {
  kind: 'casualty';
  /** deaths or injuries */
  type: 'killed' | 'injured';
  count: number;
  /** "at least", "more than", "dozens" — the count is a lower bound or an estimate */
  approximate: boolean;
  /** who the casualties were, when the text says ("civilians", "soldiers") */
  victims?: string;
}

export interface DateMention extends MentionBase {
  kind: 'date';
  /** best single date, YYYY-MM-DD (midpoint of the range when imprecise) */
  date: string;
  range: [string, string];
  precision: TimePrecision;
  /** true when the expression was relative and no published date anchored it */
  unanchored?: boolean;
}

export interface PlaceMention extends MentionBase {
  kind: 'place';
  /** gazetteer name of the resolved place */
  name: string;
  latitude: number;
  longitude: number;
  country: string;
  admin1?: string;
  admin2?: string;
  geonameid?: number;
  /** feature class: 'country' | 'admin1' | 'city' | 'site' | 'region' */
  feature: 'country' | 'admin1' | 'admin2' | 'city' | 'site' | 'region';
  geo_precision: GeoPrecision;
  /** 0..1 how sure the resolver is */
  score?: number;
  /** ISO 3166-1 alpha-2 code of `country` (src/geo) */
  country_code?: string;
  /** how the text ties something to the place (src/geo): "in X" = 'at', "near X"/"outskirts of X" = 'near',
   * "10 km west of X" = 'direction', "between A and B" = 'between', "in X province" = 'province',
   * a country or region named alone = 'country'/'region', "a gas field in Deir Ezzor" = 'descriptive' */
  relation?: 'at' | 'near' | 'direction' | 'between' | 'province' | 'country' | 'region' | 'descriptive';
  /** relation 'between': the other place's name; latitude/longitude are then the midpoint */
  between?: string;
  /** the resolved place's own coordinates when latitude/longitude were moved (relation 'between') */
  point?: { latitude: number; longitude: number };
  /** gazetteer feature code (GeoNames fcode such as PPLA, or ADM1, PCLI, BASE, CAMP) */
  fcode?: string;
  /** for a province or district (feature 'admin1'/'admin2'): its seat, where ACLED puts events known only to that area */
  seat?: { name: string; latitude: number; longitude: number; geonameid?: number; admin1?: string; admin2?: string };
  /** written as the area that holds the place named just before it ("Sirwah (Marib)", "Palanpur area of
   * Surat"): an event there belongs to the inner place (src/geo) */
  container?: boolean;
  /** a toponym not used as a location (src/geo): the state acting ("Tehran warned") = 'metonymy', or
   * a modifier ("a US base", "Iran-backed", "Russian diplomats") = 'adjective', or part of a longer
   * name ("the Dublin Arts Council") = 'name'. Geoparsing corpora count these as toponyms;
   * consumers that want where something happened skip mentions with a `use` */
  use?: 'metonymy' | 'adjective' | 'name';
}

export interface TriggerMention extends MentionBase {
  kind: 'trigger';
  event_type: EventType;
  sub_event_type: SubEventType;
  /** lexicon entry id */
  id: string;
  /** trigger is a nominal reference ("the attack", "the incident") that may corefer */
  anaphoric?: boolean;
}

export interface SourceMention extends MentionBase {
  kind: 'source';
  /** who made the claim ("US officials") */
  claim_by?: string;
  /** the outlet it came through ("Reuters") */
  via?: string;
}

export type Mention =
  | ActorMention
  | WeaponMention
  | CasualtyMention
  | DateMention
  | PlaceMention
  | TriggerMention
  | SourceMention;

export type MentionKind = Mention['kind'];

/** The field an evidence span proves. */
export interface Evidence extends Span {
  field: string;
}

export interface Attribution {
  claim_by: string | null;
  via: string | null;
}

export type Modality = 'asserted' | 'background';

/** The event record of ../shared/spec/EVENT.md. */
export interface SitrepEvent {
  event_id: string;
  event_date: string;
  date_range: [string, string];
  time_precision: TimePrecision;
  disorder_type: DisorderType;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: string | null;
  actor2: string | null;
  assoc_actor_1: string;
  assoc_actor_2: string;
  inter1: Inter;
  inter2: Inter;
  interaction: number;
  affiliation1: string | null;
  affiliation2: string | null;
  country: string;
  admin1: string;
  admin2: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision;
  fatalities: number;
  injuries: number | null;
  weapons: string[];
  source: string;
  attribution: Attribution[];
  notes: string;
  cameo: string;
  plover: string;
  confidence: number;
  evidence: Evidence[];
  sources_count: number;
  modality?: Modality;
  /** the document the event was extracted from (added by jsonl output and the store) */
  doc_id?: string;
  /** 'sitrep' for extracted events; 'acled' | 'ucdp' | 'gdelt' for imported reference events */
  origin?: string;
  /** reference columns sitrep has no field for (ACLED admin3, region, source_scale, tags, timestamp,
   *  civilian_targeting, iso; UCDP/GDELT ids), kept so an export writes them back unchanged */
  extra?: Record<string, string>;
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

export type DisorderType = 'Political violence' | 'Demonstrations' | 'Strategic developments';

export type SubEventType =
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  | 'Chemical weapon'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Grenade'
  | 'Sexual violence'
  | 'Attack'
  | 'Abduction/forced disappearance'
  | 'Peaceful protest'
  | 'Protest with intervention'
  | 'Excessive force against protesters'
  | 'Violent demonstration'
  | 'Mob violence'
  | 'Agreement'
  | 'Arrests'
  | 'Change to group/activity'
  | 'Disrupted weapons use'
  | 'Headquarters or base established'
  | 'Looting/property destruction'
  | 'Non-violent transfer of territory'
  | 'Other';

/** What the extractor returns for one document. */
export interface Extraction {
  id: string;
  events: SitrepEvent[];
  mentions: Mention[];
  warnings: string[];
  language?: string;
}

/** Raised for input the user must fix; the CLI prints the message on one line and exits 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

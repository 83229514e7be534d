// The casualty patterns, tried in order over one sentence: verbal, nominal, subject, definite.
import {
  AUX, CUES, DEFINITE, LEAVE, NOT_VICTIM, OBJECT_START, PASSIVE_AUX, PERSON, PLURAL, SUBSET_OPENERS, TO_DEATH,
} from './lexicon.ts';
import {
  Scan, coordinator, countAt, cueAfter, isKillNoun, isWord, nounPhrase, objectAt, personAt, singularObject,
} from './phrases.ts';

/** the victim category of a singular possessive person noun ("man's", "farmer’s"), if any */
function possessivePerson(t: string | undefined): string | undefined {
  if (!t || !/['’]s$/.test(t)) return undefined;
  return PERSON.get(t.slice(0, -2));
}

/** the victims a pronoun after a killing verb stands for, when the verb is coordinated with an
 *  earlier act on people the same sentence counts ("stopped a trader and shot him dead", "arrested
 *  two herders and executed them"); a pronoun with no such antecedent is left to the sentences
 *  before it ("The group is believed to have killed him") */
function pronounVictims(s: Scan, j: number, verb: number): { value: number; end: number } | null {
  const w = s.w[j];
  if (w !== 'him' && w !== 'her' && w !== 'them') return null;
  const and = s.w[verb - 1] === 'and' || (s.w[verb - 2] === 'and' && /^(?:later|then|subsequently|eventually|allegedly|reportedly)$/.test(s.w[verb - 1] ?? ''));
  if (!and) return null;
  for (let i = verb - 1; i >= 0; i--) {
    const q = countAt(s, i, false);
    if (!q || q.next > verb || !nounPhrase(s, q.next).person) continue;
    if (w === 'them') return q.article || q.approximate || q.value < 2 ? null : { value: q.value, end: j + 1 };
    return q.article || q.value === 1 ? { value: 1, end: j + 1 } : null;
  }
  return null;
}

/** "killed eight people", "killing two civilians and three soldiers", "killed a civilian". */
export function verbal(s: Scan): void {
  for (let k = 0; k < s.w.length; k++) {
    let cue = CUES.get(s.w[k]);
    let from = k;
    let toDeath = false;
    // "shot dead a civilian", "fatally shot a man"
    if (s.w[k] === 'shot' && s.w[k + 1] === 'dead') {
      cue = { word: 'shot', type: 'killed', passive: false, verb: true };
      k++;
    } else if (s.w[k - 1] === 'fatally' && (/^[a-z]{3,}ed$/.test(s.w[k]) || s.w[k] === 'shot' || s.w[k] === 'hit')) {
      // "fatally shot a man", "fatally assaulted an elderly man"
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      from = k - 1;
    } else if (TO_DEATH.has(s.w[k])) {
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      toDeath = true;
    }
    if (!cue || !cue.verb) continue;
    if ((s.w[k - 1] === 'or' && CUES.has(s.w[k - 2] ?? '')) || (s.w[k + 1] === 'or' && CUES.has(s.w[k + 2] ?? ''))) continue;
    let j = k + 1;
    // "killed and mutilated a guard", "lynched and burned to death a thief": the object follows the second verb
    if (s.w[j] === 'and' && /^[a-z]{3,}(ed|nt)$/.test(s.w[j + 1] ?? '') && !CUES.has(s.w[j + 1] ?? '')) j += 2;
    // "hacked to death a herder", "lynched to death an elderly man"
    if (s.w[j] === 'to' && s.w[j + 1] === 'death') {
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      toDeath = false;
      j += 2;
    }
    let total = 0;
    let approximate = false;
    let victims: string | undefined;
    let any = false;
    let end = j;
    for (let conj = 0; conj < 4; conj++) {
      const o = objectAt(s, j);
      if (!o) break;
      // a count that starts its own clause ("killed 2 and 5 were injured") is not part of the object
      if (conj > 0 && cueAfter(s, o.end)) break;
      total += o.value;
      approximate ||= o.approximate;
      victims ??= o.victims;
      any = true;
      j = o.end;
      end = j;
      const c = coordinator(s, j);
      if (!c || !objectAt(s, j + c)) break;
      j += c;
    }
    if (!any) {
      // "killed him", "executed them", "shot her dead": a pronoun names victims told before
      // ("shot him dead", "stabbed her to death" is read above)
      const dead = toDeath && s.w[j + 1] === 'dead';
      const back = cue.type === 'killed' && (!toDeath || dead) ? pronounVictims(s, j, k) : null;
      if (back) {
        for (let v = from; v <= k; v++) s.verbal[v] = true;
        s.add({ type: 'killed', count: back.value, approximate: false, from, to: back.end + (dead ? 1 : 0), anaphoric: true });
      }
      continue;
    }
    if (toDeath) {
      if (s.w[end] !== 'to' || s.w[end + 1] !== 'death') continue;
      end += 2;
    }
    for (let v = from; v <= k; v++) s.verbal[v] = true; // both words of "shot dead"
    s.add({ type: cue.type, count: total, approximate, victims, from, to: end });
  }
}

/** verbs that give a toll its new figure ("rose to", "has risen to", "climbed to", "reached") */
const TOLL_RISE = new Set(['rose', 'risen', 'climbed', 'reached', 'increased', 'jumped', 'rises', 'climbs', 'stood', 'stands']);

/** "3 fatalities", "fatalities: 4", "no fatalities", "no casualties", "the bodies of 4 men", "death toll rose to 9". */
export function nominal(s: Scan): void {
  const w = s.w;
  for (let k = 0; k < w.length; k++) {
    const t = w[k];
    if (s.used[k]) continue;
    if ((t === 'fatalities' || t === 'fatality') && w[k + 1] === ':') {
      const q = countAt(s, k + 2, true);
      if (q) s.add({ type: 'killed', count: q.value, approximate: q.approximate, from: k, to: q.next });
      continue;
    }
    // ACLED notes' coding remark: "Fatalities coded as 0", "Unknown number of fatalities coded as 10"
    if ((t === 'fatalities' || t === 'fatality') && w[k + 1] === 'coded' && w[k + 2] === 'as') {
      const q = countAt(s, k + 3, true);
      if (q) s.add({ type: 'killed', count: q.value, approximate: false, from: k, to: q.next });
      continue;
    }
    // "a man's body was found", "an old farmer's corpse": one dead person, told by an indefinite article
    if ((t === 'body' || t === 'corpse') && k > 0 && !s.used[k - 1]) {
      const v = possessivePerson(w[k - 1]);
      let a = k - 2;
      while (a >= 0 && a >= k - 4 && w[a] !== 'a' && w[a] !== 'an' && isWord(w[a]) && !CUES.has(w[a])) a--;
      if (v && (w[a] === 'a' || w[a] === 'an')) {
        s.add({ type: 'killed', count: 1, approximate: false, victims: v, from: a, to: k + 1 });
        continue;
      }
    }
    // "neither fatalities nor injuries were reported"
    if (t === 'neither' && (w[k + 1] === 'fatalities' || w[k + 1] === 'casualties' || w[k + 1] === 'deaths')) {
      s.add({ type: 'killed', count: 0, approximate: false, from: k, to: k + 2 });
      if (w[k + 2] === 'nor' && (w[k + 3] === 'injuries' || w[k + 3] === 'injured')) s.found.push({ type: 'injured', count: 0, approximate: false, from: k, to: k + 4 });
      continue;
    }
    if (t === 'no' || t === 'zero' || t === 'without') {
      let j = k + 1;
      if ((w[j] === 'report' || w[j] === 'reports') && w[j + 1] === 'of') j += 2;
      if (/^(reported|immediate|known|further|other|confirmed)$/.test(w[j] ?? '')) j++;
      const noun = w[j];
      if (noun === 'fatalities' || noun === 'deaths') s.add({ type: 'killed', count: 0, approximate: false, from: k, to: j + 1 });
      else if (noun === 'injuries') s.add({ type: 'injured', count: 0, approximate: false, from: k, to: j + 1 });
      else if (noun === 'casualties') {
        s.add({ type: 'killed', count: 0, approximate: false, from: k, to: j + 1 });
        s.found.push({ type: 'injured', count: 0, approximate: false, from: k, to: j + 1 });
      }
      continue;
    }
    if ((t === 'bodies' || t === 'body' || t === 'corpses' || t === 'corpse' || t === 'remains') && w[k + 1] === 'of') {
      const q = countAt(s, k + 2, false);
      if (!q) continue;
      const np = nounPhrase(s, q.next);
      if (!np.person && np.end !== q.next) continue;
      s.add({ type: 'killed', count: q.value, approximate: q.approximate, victims: np.victims, from: k, to: Math.max(np.head, q.next) });
      continue;
    }
    // "resulting in the death of the pastoralist", "led to the deaths of 3 people"
    if ((t === 'death' || t === 'deaths' || t === 'killing' || t === 'killings') && w[k + 1] === 'of') {
      const the = w[k - 1] === 'the' ? 1 : 0;
      const prep = w[k - 1 - the];
      const verb = w[k - 2 - the] ?? '';
      if ((prep === 'in' && /^result/.test(verb)) || (prep === 'to' && /^(lead|leading|led)$/.test(verb)) || prep === 'causing') {
        const o = objectAt(s, k + 2);
        if (o) s.add({ type: 'killed', count: o.value, approximate: o.approximate, victims: o.victims, from: k - the, to: o.end });
        continue;
      }
    }
    if (t === 'toll' && (w[k - 1] === 'death' || w[k - 1] === 'the')) {
      // ("the death toll rose to 9"; "the death toll from Sunday's attack in X rose to 34" and "the
      // toll from the attack has risen to 34": past a longer subject only after a verb of rising)
      let rise = false;
      for (let j = k + 1; j <= k + 12 && j < w.length && isWord(w[j]); j++) {
        if (TOLL_RISE.has(w[j])) rise = true;
        if (!rise && (j > k + 7 || w[k - 1] !== 'death')) continue;
        const q = countAt(s, j, false);
        if (q && q.value > 0) {
          s.add({ type: 'killed', count: q.value, approximate: q.approximate, from: k - 1, to: q.next });
          break;
        }
      }
    }
  }
  // "3 fatalities", "4 bodies", "2 rebel and 1 military fatality" in a noun position after counts
  for (let i = 0; i < w.length; i++) {
    if (s.used[i] || DEFINITE.has(w[i - 1] ?? '')) continue;
    let j = i;
    let total = 0;
    let approximate = false;
    let hit = -1;
    for (let conj = 0; conj < 4; conj++) {
      const q = countAt(s, j, false);
      if (!q) break;
      total += q.value;
      approximate ||= q.approximate;
      // up to two modifiers: "2 rebel fatalities", "3 civilian deaths"
      let k = q.next;
      while (k < q.next + 2 && isWord(w[k]) && !isKillNoun(w[k]) && w[k] !== 'and' && !CUES.has(w[k]) && !AUX.has(w[k])) k++;
      if (isKillNoun(w[k] ?? '')) {
        hit = k;
        break;
      }
      const c = coordinator(s, k);
      if (!c) break;
      j = k + c;
    }
    if (hit >= 0) s.add({ type: 'killed', count: total, approximate, from: i, to: hit + 1 });
  }
}

/** "eight people were killed", "two civilians and five others were injured", "3 dead and 12 wounded". */
export function subject(s: Scan): void {
  const w = s.w;
  for (let i = 0; i < w.length; i++) {
    if (s.used[i]) continue;
    if (DEFINITE.has(w[i - 1] ?? '')) continue; // "the eight service members were treated": a restatement
    let j = i;
    let total = 0;
    let approximate = false;
    let victims: string | undefined;
    let cue: ReturnType<typeof cueAfter> = null;
    let zero = false;
    // a noun phrase with no person noun in it ("a drug trafficker") is a victim only when the cue
    // shows it is animate: a passive with an auxiliary ("was killed"), "died", or "leaving N X dead"
    let unsure = false;
    for (let conj = 0; conj < 5; conj++) {
      const q = countAt(s, j, conj === 0, true);
      if (!q) break;
      if (q.value === 0) zero = true;
      const np = nounPhrase(s, q.next);
      if (np.animal || (q.article && np.end === q.next)) break;
      // "a tribute to the vigilantes who died": the article's noun is not the person far behind it
      if (q.article && np.person && np.first - q.next >= 3) break;
      // "hundreds attended the funeral of a man shot dead": a verb with its object lies between the
      // count and the person (the count is who attended, the victim is the man)
      if (np.person && np.first - q.next >= 2 && verbWithObject(w, q.next, np.first)) break;
      if (!np.person && np.end !== q.next) {
        // such a phrase must be short, name no time ("one morning") and end the subject
        // ("A clash broke out and 3 suspects were killed")
        if (np.end - q.next > 3 || NOT_VICTIM.has(w[q.next]) || !cueAfter(s, np.end)) break;
        unsure = true;
      }
      total += q.value;
      approximate ||= q.approximate;
      victims ??= np.victims;
      j = np.end;
      // appositive subset: "7 people, including 3 children, were killed"
      if ((w[j] === ',' || w[j] === '(') && SUBSET_OPENERS.has(w[j + 1] ?? '')) {
        let k = j + 1;
        while (k < w.length && k - j < 10 && w[k] !== ',' && w[k] !== ')') k++;
        if (w[k] === ',' || w[k] === ')') {
          for (let m = j; m <= k; m++) s.used[m] = true;
          j = k + 1;
        }
      }
      // "nine people including two policemen were killed": the subset is not added
      if (w[j] === 'including') {
        let k = j + 1;
        while (k < w.length && k - j < 16 && isWord(w[k]) && !PASSIVE_AUX.has(w[k]) && !CUES.has(w[k])) k++;
        for (let m = j; m < k; m++) s.used[m] = true;
        j = k;
      }
      cue = cueAfter(s, j);
      if (cue) break;
      // an appositive count set off by commas: "The mayor's bodyguards, two police agents, were also
      // killed" (a person noun after the count: "Burkhart, 28, was shot" gives an age)
      if (w[j] === ',' && w[i - 1] === ',' && np.person && np.end > q.next && PASSIVE_AUX.has(w[j + 1] ?? '')) {
        cue = cueAfter(s, j + 1);
        if (cue) { j += 1; break; }
      }
      // "5 JTF and Kamuku militiamen were killed", "seven soldiers and allied fighters were killed":
      // a second group named without a count of its own belongs to the count
      if (w[j] === 'and' && !countAt(s, j + 1, false, true)) {
        for (let m = j + 1; m <= j + 4 && isWord(w[m]) && !AUX.has(w[m]) && !CUES.has(w[m]); m++) {
          if (personAt(s, m) === undefined) continue;
          cue = cueAfter(s, m + 1);
          if (cue) {
            j = m + 1;
            // ("two soldiers and their commander": one more)
            if (!w[m].endsWith('s') && !PLURAL.has(w[m])) total += 1;
          }
          break;
        }
        if (cue) break;
      }
      const c = w[j] === ',' && w[j + 1] !== 'and' ? 1 : coordinator(s, j);
      if (c && countAt(s, j + c, false, true)) {
        j += c;
        continue;
      }
      break;
    }
    if (!cue || s.verbal[cue.at]) continue;
    if (unsure && !(cue.at > j && AUX.has(w[j])) && w[cue.at] !== 'died' && !LEAVE.has(w[i - 1] ?? '')) continue;
    if (cue.ambiguous && !zero) continue;
    // right after the noun phrase, a cue followed by an object is an active verb ("two soldiers
    // killed a civilian": the count is the agent), and one followed by a person noun is attributive
    // ("three wounded personnel had since returned to work": a restatement)
    // (without a true auxiliary: "a farmer shot and killed nine sheep" is active, "were shot and killed" passive)
    let passive = false;
    for (let m = j; m < cue.at; m++) if (PASSIVE_AUX.has(w[m])) passive = true;
    const object = personAt(s, cue.end) !== undefined || OBJECT_START.has(w[cue.end] ?? '') || s.quantity(cue.end) !== null
      || (w[cue.end] === 'to' && w[cue.end + 1] === 'death');
    if (!passive && object && (cue.at === j || !CUES.get(w[cue.at])?.passive || CUES.get(w[cue.at])?.verb)) continue;
    // "lynched and killed a student", "several dead and wounded": a verb pair or an unsplit total
    if (!passive && w[cue.end] === 'and' && (CUES.has(w[cue.end + 1] ?? '') || /^[a-z]{3,}ed$/.test(w[cue.end + 1] ?? ''))) continue;
    if (total > 0 && zero) continue;
    s.add({ type: cue.type, count: total, approximate, victims, from: i, to: cue.end });
    // "no one was killed or injured": a denial covers both
    if (zero && cue.ambiguous) {
      s.found.push({ type: cue.type === 'killed' ? 'injured' : 'killed', count: 0, approximate: false, from: i, to: cue.end + 2 });
    }
  }
}

/** "the man died", "the other was killed", "he died of his wounds": one person, anaphoric. */
export function definite(s: Scan): void {
  const w = s.w;
  for (let k = 0; k < w.length; k++) {
    if (s.used[k]) continue;
    let end = -1;
    let victims: string | undefined;
    if (w[k] === 'he' || w[k] === 'she') end = k + 1;
    else if (w[k] === 'the' && w[k + 1] === 'other' && (AUX.has(w[k + 2] ?? '') || CUES.has(w[k + 2] ?? ''))) end = k + 2;
    else if (w[k] === 'the' || w[k] === 'his' || w[k] === 'her') {
      const single = singularObject(s, k + 1);
      if (single !== null && (single + 1 >= w.length || !isWord(w[single + 1]) || AUX.has(w[single + 1]) || CUES.has(w[single + 1]) || w[single + 1] === 'later')) {
        end = single + 1;
        victims = PERSON.get(w[single]);
      }
    }
    if (end < 0) continue;
    // "it is not confirmed if he died": a question, not a report
    if (/^(if|whether)$/.test(w[k - 1] ?? '')) continue;
    const cue = cueAfter(s, end);
    // a passive or intransitive cue: "he died", "the man was killed", not "he killed two"
    if (!cue || cue.type !== 'killed' || s.verbal[cue.at] || cue.ambiguous) continue;
    if (cue.at === end && CUES.get(w[cue.at])?.verb && w[cue.at] !== 'died') continue;
    s.add({ type: 'killed', count: 1, approximate: false, victims, from: k, to: cue.end, anaphoric: true });
    k = cue.end - 1;
  }
}


/** a past-tense verb followed by a determiner between two words ("attended the", "joined a") */
const OBJECT_DET = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
function verbWithObject(w: string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (/^[a-z]{3,}ed$/.test(w[k]) && OBJECT_DET.has(w[k + 1])) return true;
  return false;
}

// ACLED's Arrests are detentions of political figures, activists, journalists or protesters, or
// mass arrests. Police arresting a suspect "for robbery" or "charged with murder" follow up an
// ordinary crime: that crime, when the report tells it, is the report's main act, so such an arrest
// keeps its event but loses confidence.

/** an ordinary crime named as the reason of the arrest, after "for", "with", "over" or "in connection with" */
const CRIME_CHARGE = /\b(?:for|with|over|of|in connection with)\s+(?:the\s+|an?\s+|suspected\s+|alleged\s+|attempted\s+|aggravated\s+|armed\s+|first-degree\s+|second-degree\s+|capital\s+)*(?:kidnap(?:ping)?|kidnapping|abduction|murders?|homicide|killing|manslaughter|robbery|robberies|rape|theft|burglary|carjacking|disappearance|death)\b/i;

/** the people held are named as crime suspects: "arrested two suspects", "the suspects were
 *  detained", "nabbed three suspected kidnappers", "arrested members of a robbery gang". (A suspect
 *  of a political charge is named by it instead: "arrested an activist suspected of sedition".) */
const CRIMINALS = String.raw`(?:criminals?|bandits?|(?:armed\s+)?robbers?|kidnappers?|abductors?|cultists?|thie(?:f|ves)|killers?|murderers?|rapists?|fraudsters?|(?:drug\s+|human\s+)?traffickers?|smugglers?|burglars?|gangsters?|(?:robbery|kidnapp?ing|criminal)\s+(?:gang|syndicate|ring)s?)`;
const SUSPECTS = new RegExp(String.raw`\b(?:suspects|suspect(?!\s+(?:that|of)\b)|suspected\s+(?:\w+\s+)?${CRIMINALS}|${CRIMINALS})\b`, 'i');

/** the part of the trigger's sentence that follows it, cut at the sentence end */
function rest(text: string, end: number): string {
  const tail = text.slice(end, end + 160);
  const stop = tail.search(/[.!?](?:\s|$)|\n/);
  return stop >= 0 ? tail.slice(0, stop) : tail;
}

/** the arrest is the sequel of an ordinary crime: "arrested a man for armed robbery" */
export function crimeArrest(text: string, trigger: { start: number; end: number }): boolean {
  const after = rest(text, trigger.end), head = before(text, trigger.start);
  return CRIME_CHARGE.test(after) || CHARGED_BEFORE.test(head) || SUSPECTS.test(head.slice(-60)) || SUSPECTS.test(after.slice(0, 50));
}

/** "charged with kidnapping and arrested": the charge told before the arrest in the same sentence */
const CHARGED_BEFORE = /\b(?:charged with|accused of|wanted for)\s+(?:\w+\s+){0,2}(?:kidnapp?ing|abduction|murders?|homicide|killing|manslaughter|robbery|rape|theft|burglary|carjacking)\b/i;

/** the part of the trigger's sentence before it */
function before(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - 160), start);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  return stop >= 0 ? head.slice(stop + 1) : head;
}

/** what an arrest of a crime suspect loses from its confidence */
export const CRIME_ARREST_PENALTY = 0.15;

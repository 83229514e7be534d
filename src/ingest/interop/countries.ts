// Country names → ISO codes and ACLED regions, so exports fill `iso`/`region` and comparisons
// match "DR Congo (Zaire)" (UCDP) with "Democratic Republic of Congo" (ACLED).
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';

const dataDir = new URL('../../../data/interop/', import.meta.url);
const aliases: Record<string, string> = JSON.parse(readFileSync(new URL('country_aliases.json', dataDir), 'utf8')).aliases;
const regions: Record<string, string[]> = JSON.parse(readFileSync(new URL('acled_regions.json', dataDir), 'utf8')).regions;
const regionByAlpha3 = new Map<string, string>();
for (const [region, codes] of Object.entries(regions)) for (const c of codes) regionByAlpha3.set(c, region);
const aliasLower = new Map(Object.entries(aliases).map(([k, v]) => [k.toLowerCase(), v]));

const cache = new Map<string, string>();

/** ISO 3166-1 alpha-3 for a country name in ACLED, UCDP, GDELT or gazetteer spelling; '' if unknown */
export function alpha3Of(name: string | null | undefined): string {
  if (!name) return '';
  const key = name.trim();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let code = aliasLower.get(key.toLowerCase()) ?? countries.getAlpha3Code(key, 'en') ?? '';
  // "Yemen (North Yemen)" style historical suffixes
  if (!code && /\(.*\)$/.test(key)) code = alpha3Of(key.replace(/\s*\(.*\)$/, ''));
  if (!code && /^[A-Z]{3}$/.test(key) && countries.isValid(key)) code = key;
  cache.set(key, code);
  return code;
}

/** ISO 3166-1 numeric code as ACLED's `iso` column writes it (no leading zeros); '' if unknown */
export function countryIsoNumeric(name: string | null | undefined): string {
  const a3 = alpha3Of(name);
  const num = a3 ? countries.alpha3ToNumeric(a3) : undefined;
  return num ? String(Number(num)) : '';
}

/** ACLED region of a country name; '' if unknown */
export function regionOf(name: string | null | undefined): string {
  return regionByAlpha3.get(alpha3Of(name)) ?? '';
}

/** true when two country spellings name the same country */
export function sameCountry(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  const x = alpha3Of(a);
  return x !== '' && x === alpha3Of(b);
}

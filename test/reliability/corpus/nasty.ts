// The nasty inputs every reader, the extractor and the API are fed. Generated here (small in the
// repo, big at test time). Each entry is text that must yield a clear error or a sound result.

export interface Nasty {
  name: string;
  text: string;
}

const rep = (s: string, n: number) => s.repeat(n);

/** inputs up to ~1 MB; `scale` shrinks the large ones for the quick CI run */
export function nastyTexts(scale = 1): Nasty[] {
  const big = (n: number) => Math.max(1, Math.round(n * scale));
  return [
    { name: 'empty', text: '' },
    { name: 'whitespace only', text: ' \n\t\r\n   \u00a0\u2028\u2029' },
    { name: 'one character', text: '.' },
    { name: '1 MB single line of letters', text: rep('a', big(1 << 20)) },
    { name: '1 MB single line of words', text: rep('killed ', big(150_000)) },
    { name: '1 MB of digits', text: rep('1234567890', big(100_000)) },
    { name: '10k repeated commas', text: rep(',', 10_000) },
    { name: '10k commas between numbers', text: 'killing ' + rep('1,', 10_000) + ' people' },
    { name: 'NUL bytes', text: 'Gunmen\u0000 killed\u0000 three\u0000 people in Kano on Monday.\u0000' },
    { name: 'control characters', text: 'Gunmen \u0001\u0002\u0003\u001b[31m killed 3 \u007f people.' },
    { name: 'lone surrogates', text: 'Rockets \ud800 hit \udfff the base, killing \ud83d two.' },
    { name: 'RTL Arabic', text: 'قتل ثلاثة أشخاص في هجوم بطائرة مسيرة على قاعدة في دير الزور يوم الثلاثاء.' },
    { name: 'mixed RTL/LTR with marks', text: 'Militants \u202eکشته\u202c killed 4 in \u200fحلب\u200f (Aleppo) on \u2066Tuesday\u2069.' },
    { name: 'Hebrew, Cyrillic, CJK', text: 'Обстрел Харькова: 5 погибших. 在喀布尔发生爆炸，12人死亡。 פיגוע בירושלים' },
    { name: 'emoji and ZWJ', text: '💥💥 Drone strike 🚀 on 👨‍👩‍👧‍👦 Kharkiv killed 🔟 people 😢 on Monday 🇺🇦' },
    { name: 'combining marks', text: 'Z̸̧̛̗a̷̢͉l̵̰̈́g̶̱̾o̷͚͑ gunmen killed 3 in Mosul' + rep('\u0301', 5000) },
    { name: 'absurd number words', text: 'The strike killed 10^30 people and injured 1e400 civilians; 99999999999999999999999 dead.' },
    { name: 'absurd numerals', text: 'Shelling killed 1,000,000,000,000,000,000 people and 1e308 were wounded in Donetsk.' },
    { name: 'negative and fractional counts', text: 'Clashes killed -5 people and 2.5 soldiers, NaN civilians and Infinity militants.' },
    { name: 'year 0 and 9999', text: 'On 0000-01-01 and on 31 December 9999 gunmen attacked Kano, killing 3. On 29 February 2023 too.' },
    { name: 'dates far away', text: 'In the year 275760 and on 1 January -271821, rockets hit Erbil killing two.' },
    { name: 'every sentence a trigger', text: rep('Gunmen attacked a village near Kano on Monday, killing three people. ', big(3000)) },
    { name: 'no sentence ends', text: rep('rockets hit the base and killed people and ', big(20_000)) },
    { name: 'many capitalised words', text: rep('Al Shabaab Jamaat Nusrat Islam Wal Muslimin ', big(20_000)) },
    { name: 'many places', text: rep('Kano, Kaduna, Maiduguri, Aleppo, Homs, Kharkiv, ', big(15_000)) },
    { name: 'long word without spaces', text: rep('attack', big(100_000)) },
    { name: 'many dots', text: rep('.', 50_000) + ' killed 3 ' + rep('.', 50_000) },
    { name: 'many newlines', text: rep('\n', 100_000) + 'A bomb killed 2 in Kabul.' },
    { name: 'html-looking text', text: '<script>alert(1)</script><img src=x onerror=alert(1)> Gunmen killed 3 in Kano.' },
    { name: 'quotes and brackets', text: rep('("[{\'', 10_000) + ' killed 2 ' + rep('\'}]")', 10_000) },
    { name: 'hyphen runs', text: rep('-', 50_000) + ' twenty-' + rep('-', 50_000) + 'one killed' },
    { name: 'number word runs', text: rep('twenty ', big(20_000)) + 'people killed' },
    { name: 'at least runs', text: rep('at least more than nearly ', big(10_000)) + '5 killed' },
  ];
}

/** HTML built to hurt parsers */
export function nastyHtml(scale = 1): Nasty[] {
  const n = (k: number) => Math.max(1, Math.round(k * scale));
  return [
    { name: 'empty html', text: '<html></html>' },
    { name: 'unclosed tags', text: '<html><body>' + rep('<div><p><b>', n(3000)) + 'Gunmen killed 3 in Kano.' },
    { name: 'script only', text: '<html><body><script>' + rep('x=1;', 10_000) + '</script></body></html>' },
    { name: 'many paragraphs', text: '<html><body>' + rep('<p>Rockets hit Erbil, killing two.</p>', n(20_000)) + '</body></html>' },
    { name: 'broken json-ld', text: '<html><head><script type="application/ld+json">{"datePublished":' + rep('[', 5000) + '</script></head><body><p>Text.</p></body></html>' },
    { name: 'huge attribute', text: '<html><body><p title="' + rep('x', 500_000) + '">Shelling killed 4.</p></body></html>' },
    { name: 'meta date year 9999', text: '<html><head><meta property="article:published_time" content="9999-12-31T00:00:00Z"></head><body><p>Attack killed 1.</p></body></html>' },
    { name: 'meta date garbage', text: '<html><head><meta property="article:published_time" content="0000-99-99"></head><body><p>Attack killed 1.</p></body></html>' },
    { name: 'xss title', text: '<html><head><title><img src=x onerror=alert(1)></title></head><body><p>Gunmen killed 3.</p></body></html>' },
    { name: 'entity bomb', text: '<html><body><p>' + rep('&amp;&#0;&#xD800;&#x110000;&nbsp;', n(20_000)) + '</p></body></html>' },
    { name: 'comment never closed', text: '<html><body><!-- ' + rep('x', 100_000) },
  ];
}

/** `depth` nested elements around one sentence */
export function nestedHtml(depth: number, tag = 'div'): string {
  return `<html><body>${rep(`<${tag}>`, depth)}Gunmen killed three people in Kano on Monday.${rep(`</${tag}>`, depth)}</body></html>`;
}

import { COUNTRIES, CITIES, INTL_ORGS, LEADERS, NEWS_AGENCIES, REGIONS, TITLES, demonymOf } from './gazetteer.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { tagNames } from './tagger.ts';
import type { NameSpan } from './tagger.ts';
import { tokenize } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import type { Actor, ActorId, ActorType, Mention, MentionKind, Span, Dateline } from '../types.ts';
import { memo } from '../text/memo.ts';
import { capitalize, escapeRegExp } from '../text/strings.ts';

export interface ActorContext {
  sentences: Span[];
  paragraphs: Span[];
  /** The article's dateline, whose place and sources are known without tagging. */
  dateline?: Pick<Dateline, 'span' | 'place' | 'sources'> | null;
}

/* ------------------------------------------------------------------------------------------ */
/* Name normalization                                                                          */

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', '&', 'de', 'du', 'la', 'le', 'des', 'al', 'von', 'van', 'der']);

function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Comparison key of a name: no leading "the", no possessive, no dots, lower case, no accents. */
export const nameKey: (name: string) => string = memo(computeNameKey);

function computeNameKey(name: string): string {
  return stripDiacritics(name)
    .replace(/^the\s+/i, '')
    .replace(/['’]s?$/, '')
    .replace(/\./g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Stable slug: "Alexander Lukashenko" -> "alexander-lukashenko". */
export function slug(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function actorId(type: ActorType, name: string): ActorId {
  return `${type}:${slug(name)}` as ActorId;
}

interface GazHit {
  canonical: string;
  type: ActorType;
  country: boolean;
}

let gazMap: Map<string, GazHit> | null = null;
function gazLookup(key: string): GazHit | undefined {
  if (!gazMap) {
    gazMap = new Map();
    const add = (list: GazetteerEntry[], type: ActorType, country: boolean) => {
      for (const e of list) for (const n of e.names) if (!gazMap!.has(nameKey(n))) gazMap!.set(nameKey(n), { canonical: e.canonical, type, country });
    };
    add(COUNTRIES, 'place', true);
    add(INTL_ORGS, 'organization', false);
    add(NEWS_AGENCIES, 'organization', false);
    add(CITIES, 'place', false);
    add(REGIONS, 'place', false);
    add(LEADERS, 'person', false);
  }
  return gazMap.get(key);
}

let levRows = new Int32Array(128);

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const n = b.length;
  if (levRows.length < 2 * (n + 1)) levRows = new Int32Array(4 * (n + 1));
  const rows = levRows;
  let prev = 0;
  let cur = n + 1;
  for (let j = 0; j <= n; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = rows[prev + j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = rows[prev + j]! + 1;
      const ins = rows[cur + j - 1]! + 1;
      rows[cur + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + n]!;
}

/** Initials of the content words: "Commonwealth of Independent States" -> "cis". */
export function initials(name: string): string {
  return nameKey(name)
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => w[0])
    .join('');
}

/* ------------------------------------------------------------------------------------------ */
/* Roles                                                                                       */

const ROLE_MODIFIERS = new Set(
  ('foreign defence defense finance interior economy economic trade justice health education culture energy ' +
    'agriculture transport labour labor home deputy vice prime first former acting interim incumbent outgoing ' +
    'new then chief senior top general state federal regional opposition presidential party security national ' +
    'executive managing press assistant associate permanent special supreme late veteran retired elected ' +
    'co-founder founder emeritus')
    .split(' '),
);
const TITLE_WORDS = new Set<string>();
for (const t of TITLES) for (const w of t.split(/\s+/)) TITLE_WORDS.add(w.toLowerCase().replace(/\.$/, ''));
const TITLE_HEADS = new Set<string>([...TITLES].filter((t) => !/\s/.test(t)).map((t) => t.toLowerCase().replace(/\.$/, '')));
for (const w of ['former', 'acting', 'interim', 'incumbent', 'candidate', 'head', 'leader', 'chief', 'deputy']) TITLE_HEADS.delete(w);
for (const w of ['minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'leader', 'candidate', 'chief']) TITLE_HEADS.add(w);
/** Members of a legislature: "Liberal MLA Kelly Regan" is a party and a seat, the role of a person. */
const LEGISLATOR_TITLES = new Set(['mp', 'mla', 'mep', 'msp', 'mna', 'mpp', 'td', 'mk', 'lawmaker', 'legislator', 'councillor', 'councilor', 'assemblyman', 'assemblywoman']);
for (const w of LEGISLATOR_TITLES) {
  TITLE_WORDS.add(w);
  TITLE_HEADS.add(w);
}

function isRoleWord(t: Token): boolean {
  const w = t.text.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || ROLE_MODIFIERS.has(w) || (demonymOf(t.text) !== undefined && /^\p{Lu}/u.test(t.text));
}

/* ------------------------------------------------------------------------------------------ */
/* Extraction                                                                                  */

interface RawMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  type: ActorType;
  /** Name used for clustering (the mention text, or the resolved place of a demonym). */
  name: string;
  role?: string;
}

/**
 * The dateline ("VALDERPORT (Coastline Wire - 4th March, 2021)") is read by the article parser: its
 * place is a place, each source a news organization. Whatever the tagger found there is replaced.
 */
function datelineMentions(text: string, dl: NonNullable<ActorContext['dateline']>, raw: RawMention[], covered: Array<[number, number]>): void {
  const inside = (m: { start: number }) => m.start >= dl.span.start && m.start < dl.span.end;
  const keep = raw.filter((m) => !inside(m));
  const keptCovered = covered.filter(([a]) => !inside({ start: a }));
  const found: RawMention[] = [];
  const placeAt = text.indexOf(dl.place, dl.span.start);
  if (placeAt >= 0 && placeAt < dl.span.end) {
    const name = dl.place.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    found.push({ start: placeAt, end: placeAt + dl.place.length, text: dl.place, kind: 'name', type: 'place', name });
  }
  let from = placeAt >= 0 ? placeAt + dl.place.length : dl.span.start;
  for (const source of dl.sources) {
    const at = text.indexOf(source, from);
    if (at < 0 || at + source.length > dl.span.end || !/\p{Lu}/u.test(source)) continue;
    found.push({ start: at, end: at + source.length, text: source, kind: 'name', type: 'organization', name: source });
    from = at + source.length;
  }
  // the same name elsewhere in the article is that place ("The Harstad council" after "HARSTAD (...)")
  const place = found.find((m) => m.type === 'place');
  if (place) for (const m of keep) if (m.kind === 'name' && m.name === place.name) m.type = 'place';
  raw.length = 0;
  raw.push(...found, ...keep);
  covered.length = 0;
  covered.push(...found.map((m): [number, number] => [m.start, m.end]), ...keptCovered);
}

interface Cluster {
  key: string;
  names: RawMention[];
  others: RawMention[];
  type: ActorType;
  canonical: string;
  gaz: GazHit | undefined;
  merged: boolean;
}

/**
 * "between Lindau Falls and Valderport" tagged as one name: two names joined by "and", one of them known as
 * a place (from the gazetteer or another mention of it), are two places ("Bosnia and Herzegovina", in the
 * gazetteer whole, stays one).
 */
function splitPlacePairs(raw: RawMention[]): void {
  const places = new Set(raw.filter((m) => m.type === 'place' && !m.text.includes(' and ')).map((m) => nameKey(m.name)));
  const isPlace = (name: string) => places.has(nameKey(name)) || gazLookup(nameKey(name))?.type === 'place';
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    if (m.kind !== 'name' || m.type === 'person') continue;
    const and = m.text.indexOf(' and ');
    if (and < 0 || m.text.indexOf(' and ', and + 1) >= 0) continue;
    const left = m.text.slice(0, and);
    const right = m.text.slice(and + 5);
    const name = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;
    if (gazLookup(nameKey(m.text)) || !name.test(left) || !name.test(right) || !(isPlace(left) || isPlace(right))) continue;
    const part = (start: number, t: string): RawMention => ({ start, end: start + t.length, text: t, kind: 'name', type: 'place', name: t });
    raw.splice(i, 1, part(m.start, left), part(m.start + and + 5, right));
    i++;
  }
}

/**
 * "residents of Lindau Falls" tagged as "Lindau": a mention that the text continues into a longer name
 * the article mentions elsewhere ("Lindau Falls") is that name, with its type.
 */
function extendToKnownNames(text: string, raw: RawMention[]): void {
  const longer = new Map<string, RawMention>();
  for (const m of raw) if (m.kind === 'name' && /\s/.test(m.text) && !longer.has(m.text)) longer.set(m.text, m);
  if (longer.size === 0) return;
  const byFirstWord = new Map<string, RawMention[]>();
  for (const m of longer.values()) {
    const w = m.text.split(/\s/)[0]!;
    byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), m]);
  }
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    if (m.kind !== 'name' || /\s/.test(m.text)) continue;
    for (const known of byFirstWord.get(m.text) ?? []) {
      const end = m.start + known.text.length;
      if (text.slice(m.start, end) !== known.text || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (raw.some((o) => o !== m && o.start < end && o.end > m.end)) continue;
      raw[i] = { ...m, end, text: known.text, name: known.name, type: known.type, role: known.type === 'person' ? m.role : undefined };
      break;
    }
  }
}

const NOT_A_NAME_AFTER_DESCRIPTOR = /^(?:The|A|An|This|That|On|In|At|By|For|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)$/;

/**
 * "Environmental group Naturvernforbundet accused …": capitalized words right after an organization
 * noun ("group", "operator", "firm"…) that the tagger left out are the name of an organization, and so
 * are their other mentions in the article.
 */
function namesAfterDescriptors(text: string, tokens: Token[], raw: RawMention[], isCovered: (a: number, b: number) => boolean): void {
  const found: RawMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const d = tokens[i]!;
    if (!ORG_DESCRIPTORS.test(d.text)) continue;
    let j = i + 1;
    let end = -1;
    while (j < tokens.length && j <= i + 4) {
      const t = tokens[j]!;
      if (!/^\s+$/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
      if (/^\p{Lu}[\p{L}\p{M}'’&-]*$/u.test(t.text) && !NOT_A_NAME_AFTER_DESCRIPTOR.test(t.text)) end = t.end;
      else if (!(end >= 0 && /^(?:of|and|&|de|for)$/.test(t.text))) break;
      j++;
    }
    if (end < 0) continue;
    const start = tokens[i + 1]!.start;
    const name = text.slice(start, end);
    if (name.replace(/[^\p{L}]/gu, '').length < 3 || isCovered(start, end) || demonymOf(name) !== undefined || gazLookup(nameKey(name))) continue;
    found.push({ start, end, text: name, kind: 'name', type: 'organization', name });
  }
  for (const m of found) {
    raw.push(m);
    // its other mentions, whole words not inside another name
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m.text)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(re)) {
      const a = hit.index;
      const b = a + m.text.length;
      if (a === m.start || isCovered(a, b) || raw.some((o) => o.start < b && o.end > a)) continue;
      raw.push({ ...m, start: a, end: b });
    }
  }
}

/** Whether the article writes the word in lower case, in this form or its singular ("Hospitals": "hospital"). */
function writesInLowerCase(lowerWords: ReadonlySet<string>, word: string): boolean {
  const w = word.toLowerCase();
  return lowerWords.has(w) || (w.length > 4 && w.endsWith('s') && (lowerWords.has(w.slice(0, -1)) || (w.endsWith('ies') && lowerWords.has(`${w.slice(0, -3)}y`))));
}

/** The words an article writes in lower case. */
function commonWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
}

const TYPE_OF: Record<NameSpan['type'], ActorType | null> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: null };

/** Finds the people, organizations and places of an article and merges their aliases. */
export function extractActors(text: string, ctx: ActorContext): Actor[] {
  const sentences = ctx.sentences.length ? ctx.sentences : [{ start: 0, end: text.length }];
  const spans = tagNames(text, sentences);
  const tokens = tokenize(text);
  const tokIndexByStart = new Map<number, number>();
  tokens.forEach((t, i) => tokIndexByStart.set(t.start, i));

  const raw: RawMention[] = [];
  const covered: Array<[number, number]> = [];
  const lowerWords = commonWords(text);
  const startAt = (at: number) => at + (/^[\s\-–—:]*/.exec(text.slice(at, at + 20))?.[0].length ?? 0);
  const sentenceStarts = new Set(sentences.map((s) => startAt(s.start)));
  if (ctx.dateline) sentenceStarts.add(startAt(ctx.dateline.span.end));
  let lastEnd = -1;
  for (const s of spans.flatMap((x) => cleanSpan(text, tokens, tokIndexByStart, x))) {
    if (s.start < lastEnd) continue;
    lastEnd = s.end;
    let start = s.start;
    const type = TYPE_OF[s.type];
    const d = demonymOf(s.text);
    if (d !== undefined && !/\s/.test(s.text)) continue; // handled as a demonym below
    if (!type) continue;
    // "Rival Nokia", "Fellow Democrat X": a common noun opening the span is not part of the name.
    const descriptor = LEAD_DESCRIPTOR.exec(s.text);
    if (descriptor && s.end - s.start > descriptor[0].length) start += descriptor[0].length;
    // Titles and nationality words inside a person span are a role, not the name.
    let ti = tokIndexByStart.get(start);
    if (type === 'person' && ti !== undefined) {
      while (ti < tokens.length - 1 && tokens[ti]!.end < s.end && isRoleWord(tokens[ti]!)) ti++;
      start = tokens[ti]!.start;
    }
    const mentionText = text.slice(start, s.end);
    if (!/\p{L}/u.test(mentionText)) continue;
    // "Health Minister Ana Ruiz": a portfolio before a title is part of the role.
    if (type === 'organization' && ROLE_MODIFIERS.has(mentionText.toLowerCase()) && /^\s+(?:Minister|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson|Director)\b/.test(text.slice(s.end, s.end + 20))) continue;
    // "Liberal MLA Kelly Regan": the party and the seat are the role of the person that follows.
    if (type === 'organization' && LEGISLATOR_TITLES.has(s.text.split(/\s+/).pop()!.toLowerCase()) && /^\s+\p{Lu}/u.test(text.slice(s.end, s.end + 3))) continue;
    // "Cocoa prices rose": one capitalized word opening a sentence, before a lower-case word, that the
    // article also writes in lower case elsewhere, is a common noun.
    if (type !== 'place' && sentenceStarts.has(start) && !/\s/.test(mentionText) && /^\s+\p{Ll}/u.test(text.slice(s.end, s.end + 3)) && writesInLowerCase(lowerWords, mentionText) && !gazLookup(nameKey(mentionText))) continue;
    // Holidays are dates, not actors ("by Christmas").
    if (HOLIDAYS.test(mentionText)) continue;
    // "Gavi, the vaccine alliance, said" / "chocolate maker Halden Confectionery": a name in apposition
    // with an organization noun, or right after one, is an organization.
    const apposition = type === 'person' && ORG_APPOSITION.exec(text.slice(s.end, s.end + 60));
    const lead = text.slice(Math.max(0, start - 32), start);
    const before = type === 'person' ? /(?:^|[^\p{L}])(\p{Ll}+),? $/u.exec(lead) : null;
    // (and a sentence's subject taking "which" is no person: "Rival Nokia, which reports next week")
    const orgNoun = (apposition && ORG_HEADS.has(apposition[1]!.toLowerCase())) || (before && ORG_DESCRIPTORS.test(before[1]!)) || (type === 'person' && sentenceStarts.has(s.start) && /^,\s+which\s/.test(text.slice(s.end, s.end + 8)));
    // "The company's chief executive, Sofia Brevik, said": a two- or three-word name in apposition to a
    // person's title is a person.
    const personTitle = type === 'organization' && PERSON_TITLE_BEFORE.test(lead) && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'-]+){1,2}$/u.test(mentionText) && !mentionText.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())) && !gazLookup(nameKey(mentionText));
    // "an analyst at Nordea Markets", "a researcher with Wood Mackenzie": where such people work is an organization
    const employer = type !== 'organization' && WORKS_AT.test(lead) && !gazLookup(nameKey(mentionText));
    const m: RawMention = { start, end: s.end, text: mentionText, kind: 'name', type: orgNoun || employer ? 'organization' : personTitle ? 'person' : type, name: mentionText };
    if (m.type === 'person') m.role = roleBefore(text, tokens, tokIndexByStart.get(start)) ?? appositionRole(text, start, s.end);
    raw.push(m);
    covered.push([s.start, s.end]);
  }
  if (ctx.dateline) datelineMentions(text, ctx.dateline, raw, covered);
  const isCovered = (a: number, b: number) => covered.some(([x, y]) => a < y && b > x);
  namesAfterDescriptors(text, tokens, raw, isCovered);

  // Demonyms: "Canadian", "Belarusians" are mentions of their country.
  for (const t of tokens) {
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || (c0 > 90 && c0 < 128)) continue; // no ASCII capital, not non-ASCII: not \p{Lu}
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const place = demonymOf(t.text);
    if (place === undefined || isCovered(t.start, t.end)) continue;
    if (place.endsWith(' world')) continue;
    raw.push({ start: t.start, end: t.end, text: t.text, kind: 'demonym', type: 'place', name: place });
  }

  // Hyphenated prefixes: "US- and EU-led" mention the United States and the European Union.
  for (const t of tokens) {
    if (!t.text.includes('-')) continue;
    const m = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}*)$/u.exec(t.text);
    if (!m || isCovered(t.start, t.end) || !(m[2] === '' || AGENTIVE.has(m[2]!))) continue;
    const prefix = m[1]!;
    const hit = gazLookup(nameKey(prefix));
    if (!hit || hit.type === 'person') continue;
    raw.push({ start: t.start, end: t.start + prefix.length, text: prefix, kind: 'name', type: hit.type, name: prefix });
  }

  splitPlacePairs(raw);
  extendToKnownNames(text, raw);
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = cluster(text, raw);
  addNominals(text, clusters, sentences);
  return clusters.map(toActor).sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
}

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'di', 'do', 'dos', 'el', 'al', 'y', 'e', 'on', 'in', 'at', 'upon', 'bin', 'ibn', 'ben', 'al-', "'s", '’s', '&']);

/** Common nouns that name the kind of an organization right before its name ("anti-corruption group Open Ledger"). */
const ORG_DESCRIPTORS = /^(?:group|side|club|team|company|firm|maker|drugmaker|carmaker|automaker|chipmaker|steelmaker|planemaker|toymaker|truckmaker|airline|bank|lender|charity|retailer|insurer|manufacturer|broadcaster|newspaper|journal|magazine|daily|weekly|union|operator|producer|supplier|start-?up|developer|chain|brand|label|agency|network|watchdog|platform|outlet|publisher|shipper|miner|conglomerate|fund|consultancy|think-tank|thinktank|nonprofit|non-profit|ngo|coalition|alliance|federation|association|organisation|organization)$/u;
const LEAD_DESCRIPTOR = /^(?:Rival|Rivals|Competitor|Fellow|Compatriot|Newcomer|Partner)\s+(?=\p{Lu})/u;
const PERSON_TITLE_BEFORE = /(?:executive|director|president|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|minister|founder|leader|manager|mayor|secretary|officer|governor|ambassador|economist|analyst|professor|lawyer|attorney|coach|captain),\s$/i;
const HOLIDAYS = /^(?:Christmas|Christmas Eve|Christmas Day|Easter|Ramadan|Eid|Eid al-Fitr|Eid al-Adha|Thanksgiving|Hanukkah|Diwali|Passover|Halloween|Lent|Advent|Pentecost|Yom Kippur|Rosh Hashanah|Lunar New Year|New Year|New Year's Eve|New Year's Day)$/;

/** `, the vaccine alliance,`: up to three lower-case words (not a preposition: "an epidemiologist at the university") and a head noun, then punctuation or a verb. */
const ORG_APPOSITION = /^,\s+(?:the|an?)\s+(?:(?!(?:of|at|in|for|from|with|on|to)\b)[\p{Ll}-]+\s+){0,3}(\p{Ll}+?)s?(?=[,.;:)]|\s+(?:which|that|said|says|has|had|is|was)\b)/u;

/** Last words of organization names. */
const ORG_HEADS = new Set(
  ('alliance party union bank council ministry committee association federation front movement league ' +
    'organization organisation institute university company group corporation corp agency commission court ' +
    'army forces church foundation fund society congress assembly parliament government board authority ' +
    'service office department coalition bloc caucus club trust exchange network airlines airways institutes bureau')
    .split(' '),
);
/** A job noun and "at/with" right before a name: the name is the employer. */
const WORKS_AT = /\b(?:analysts?|economists?|strategists?|researchers?|professors?|scientists?|lawyers?|partners?|engineers?|traders?|consultants?|fellows?|employees?)\s+(?:at|with)\s+(?:the\s+)?$/i;
/** Last words of company names: they make a name an organization, but take no "of Place" ("Daniels Pharmaceuticals Inc of St. Petersburg"). */
const COMPANY_HEADS = new Set(
  ('pharma pharmaceuticals therapeutics biotech holdings industries technologies laboratories labs motors ' +
    'ventures logistics telecom insurance securities investments inc ltd llc plc energy petroleum shipping mining truck trucks')
    .split(' '),
);

/**
 * Type repairs: a name ending in an organization head noun is an organization ("Green
 * Alliance"), and takes a following "of Place" ("Green Alliance of Norway"); a lone all-capitals
 * word opening a line before "(" or "-" is a dateline place.
 */
function repairType(text: string, tokens: Token[], byStart: Map<number, number>, s: NameSpan): NameSpan {
  // "King's College London", "St Mary's Hospital": a possessive name before an institution word is part of its name
  const owner = /^(?:College|Hospital|School|Academy|Cathedral|Church|Infirmary)\b/.test(s.text) ? /(?:^|[^\p{L}])(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s\s)$/u.exec(text.slice(Math.max(0, s.start - 30), s.start)) : null;
  if (owner) s = { ...s, start: s.start - owner[1]!.length, text: text.slice(s.start - owner[1]!.length, s.end), type: 'ORG' };
  const words = s.text.split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  // (an "other" name ending in a company word is a company too: "Harbour Energy", "Daniels Holdings")
  const company = COMPANY_HEADS.has(head.replace(/\.$/, ''));
  // (and one institution word before "of/for" and a name: "Centers for Disease Control and Prevention")
  const institution = (ORG_HEADS.has(head) || /^cent(?:er|re)s?$/.test(head)) && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(s.end, s.end + 12));
  if (s.type !== 'ORG' && (s.type !== 'MISC' || company || institution) && (words.length > 1 || institution) && (ORG_HEADS.has(head) || company || institution) && !gazLookup(nameKey(s.text))) {
    s = { ...s, type: 'ORG' };
  }
  if (s.type === 'ORG' && (ORG_HEADS.has(head) || institution)) {
    const m = /^\s+(?:of|for)\s+((?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}'-]*)*)/u.exec(text.slice(s.end, s.end + 80));
    if (m) {
      const end = s.end + m[0].length;
      s = { ...s, end, text: text.slice(s.start, end) };
    }
  }
  const i = byStart.get(s.start);
  if (s.type !== 'LOC' && i !== undefined && !/\s/.test(s.text) && isAllCaps(s.text) && s.text.length > 2) {
    const lineStart = s.start === 0 || text[s.start - 1] === '\n';
    const next = tokens[i + 1]?.text;
    if (lineStart && (next === '(' || next === '-' || next === '--' || next === ',') && !gazLookup(nameKey(s.text))?.type.startsWith('org')) {
      s = { ...s, type: 'LOC' };
    }
  }
  return s;
}

/**
 * Repairs a tagged span: splits it at lower-case words that cannot be part of a name
 * ("Federal government and the United States") and drops pure adjective phrases ("Eastern
 * European").
 */
function cleanSpan(text: string, tokens: Token[], byStart: Map<number, number>, s: NameSpan): NameSpan[] {
  const last = s.text.split(/\s+/).pop()!;
  if (demonymOf(last) !== undefined && /\s/.test(s.text) && !gazLookup(nameKey(s.text))) return [];
  s = repairType(text, tokens, byStart, s);
  const a = byStart.get(s.start);
  if (a === undefined || !/\s\p{Ll}/u.test(s.text)) return [s];
  let b = a;
  while (b < tokens.length && tokens[b]!.end < s.end) b++;
  if (tokens[b]?.end !== s.end) return [s];
  const parts: Array<[number, number]> = [];
  let open = -1;
  for (let i = a; i <= b; i++) {
    const w = tokens[i]!.text;
    const bad = /^\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase()) && !/-/.test(w);
    if (!bad && open < 0) open = i;
    if (bad && open >= 0) {
      parts.push([open, i - 1]);
      open = -1;
    }
  }
  if (open >= 0) parts.push([open, b]);
  const out: NameSpan[] = [];
  if (parts.length === 1) return [s];
  for (let [x, y] of parts) {
    if (parts.length > 1) {
      // Trim connectors at the edges of the pieces.
      while (x <= y && CONNECTORS.has(tokens[x]!.text.toLowerCase())) x++;
      while (y >= x && CONNECTORS.has(tokens[y]!.text.toLowerCase())) y--;
      // "and the United States": keep the piece after a coordination.
      for (let k = x; k <= y; k++) {
        if (tokens[k]!.text === 'and' && k + 1 <= y) x = k + 1;
      }
      while (x <= y && CONNECTORS.has(tokens[x]!.text.toLowerCase())) x++;
    }
    if (x > y) continue;
    const start = tokens[x]!.start;
    const end = tokens[y]!.end;
    const piece = text.slice(start, end);
    const hit = gazLookup(nameKey(piece));
    if (parts.length > 1 && !hit) continue;
    const type = parts.length > 1 && hit ? (hit.type === 'person' ? 'PER' : hit.type === 'place' ? 'LOC' : 'ORG') : s.type;
    out.push({ start, end, type, text: piece });
  }
  return out.filter((p) => {
    const last = p.text.split(/\s+/).pop()!;
    return !(demonymOf(last) !== undefined && /\s/.test(p.text) && !gazLookup(nameKey(p.text)));
  });
}

/** Second parts of compounds whose first part is an agent: "EU-led", "Russian-backed". */
const AGENTIVE = new Set(
  'led backed brokered sponsored funded supported controlled run owned allied aligned mediated imposed organized organised financed armed dominated installed appointed'.split(' '),
);

/** The title words right before a person's name: "Belarusian Foreign Minister". */
function roleBefore(text: string, tokens: Token[], ti: number | undefined): string | undefined {
  if (ti === undefined) return undefined;
  let k = ti;
  while (k > 0 && isRoleWord(tokens[k - 1]!) && tokens[k - 1]!.end >= tokens[k]!.start - 1) k--;
  if (k === ti) return undefined;
  const words = tokens.slice(k, ti);
  if (!words.some((w) => TITLE_HEADS.has(w.text.toLowerCase().replace(/\.$/, '')))) return undefined;
  // Drop leading lower-case modifiers that are not titles ("then", "new").
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Job nouns that head a role in apposition ("Hanna Berg, an analyst at Nordea Markets"), besides the titles. */
const JOB_NOUNS = new Set(
  ('analyst economist strategist researcher professor scientist lawyer attorney counsel partner engineer trader consultant ' +
    'fellow epidemiologist doctor physician nurse officer official director manager executive founder chairman chairwoman chair ' +
    'editor reporter correspondent adviser advisor spokesman spokeswoman spokesperson secretary minister ambassador envoy ' +
    'commissioner governor mayor senator judge chief head leader president coach captain owner').split(' '),
);
const ROLE_AFTER = /^,\s+(?:an?|the|its|his|her|their)\s+((?:[\p{L}'’.-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:at|of|for|with)\s+(?:the\s+)?[\p{Lu}][\p{L}'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}][\p{L}'’&-]*){0,4})?)(?=\s*[,.;)]|\s+(?:said|says|told|who)\b)/u;
const ROLE_BEFORE = /(?:^|[.;]\s+|\n)(?:The\s+|the\s+|An?\s+)?((?:\p{Lu}[\p{L}.-]*['’]s?\s+|[Ii]ts\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s+$/u;

/**
 * A person's role from an apposition: after the name ("Hanna Berg, an analyst at Nordea Markets,", "Ana
 * Ruiz, the group's spokeswoman, said") or before it ("Scotland's energy secretary, Neil Gray,"), when its
 * head is a title or job noun. Capitalized as a label ("Analyst at Nordea Markets").
 */
function appositionRole(text: string, start: number, end: number): string | undefined {
  const after = ROLE_AFTER.exec(text.slice(end, end + 90));
  const before = after ? null : ROLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const hit = after ?? before;
  if (!hit || !(JOB_NOUNS.has(hit[2]!) || TITLE_HEADS.has(hit[2]!))) return undefined;
  return hit[1]!.replace(/^(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+/, '');
}

/** Content words of a name's key (shared, do not modify). */
const contentWords: (name: string) => readonly string[] = memo((name) => nameKey(name).split(/[\s-]+/).filter((w) => w && !STOP.has(w)));

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

function cluster(text: string, raw: RawMention[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const list: Cluster[] = [];
  for (const m of raw) {
    const k0 = nameKey(m.name);
    if (!k0) continue;
    const gaz = gazLookup(k0);
    const key = gaz ? nameKey(gaz.canonical) : k0;
    // Names of one form with different types stay apart ("Washington" the city and the player),
    // except that demonyms and gazetteer places join a place of that name.
    const typeKey = `${m.kind === 'name' ? m.type : 'place'}|${key}`;
    let c = byKey.get(typeKey);
    if (!c) {
      c = { key, names: [], others: [], type: m.type, canonical: gaz?.canonical ?? m.name, gaz, merged: false };
      byKey.set(typeKey, c);
      list.push(c);
    }
    (m.kind === 'name' ? c.names : c.others).push(m);
  }
  // Majority type per cluster (a gazetteer type wins ties).
  for (const c of list) {
    const votes = new Map<ActorType, number>();
    for (const m of c.names) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    if (c.gaz) votes.set(c.gaz.type, (votes.get(c.gaz.type) ?? 0) + (c.gaz.type === 'organization' ? 1.5 : 0.5));
    if (c.names.length === 0) votes.set('place', 1);
    let best: ActorType = c.type;
    let n = -1;
    for (const [t, v] of votes) if (v > n) { best = t; n = v; }
    c.type = best;
  }
  const merge = (from: Cluster, into: Cluster) => {
    into.names.push(...from.names);
    into.others.push(...from.others);
    from.merged = true;
  };
  const live = () => list.filter((c) => !c.merged);
  const size = (c: Cluster) => contentWords(c.canonical).length;
  // Short forms: "Lukashenko" -> "Alexander Lukashenko"; "The Communist Party" -> "... of Canada".
  for (const c of [...list].sort((a, b) => size(a) - size(b))) {
    // A gazetteer name stays itself, unless the text made it a person ("Mr. Houston" is not the city).
    if (c.merged || (c.gaz && !(c.type === 'person' && c.gaz.type !== 'person'))) continue;
    const words = contentWords(c.canonical);
    if (words.length === 0) continue;
    const cands = live().filter((o) => {
      if (o === c || o.type !== c.type) return false;
      const ow = contentWords(o.canonical);
      if (ow.length <= words.length) return false;
      if (c.type === 'person') return isSubsequence(words, ow);
      // (a one-word short form needs four letters, or to be an acronym: "DNB" -> "DNB Markets")
      return words.every((w, i) => ow[i] === w) && (words.length > 1 || words[0]!.length > 3 || /^\p{Lu}{2,}$/u.test(c.canonical));
    });
    if (cands.length === 0) continue;
    const first = c.names[0]?.start ?? 0;
    cands.sort((a, b) => nearestBefore(b, first) - nearestBefore(a, first) || b.names.length - a.names.length);
    merge(c, cands[0]!);
  }
  // Acronyms: "CIS" -> "Commonwealth of Independent States".
  for (const c of live()) {
    const name = c.canonical.replace(/\./g, '');
    if (c.gaz || !/^\p{Lu}{2,6}$/u.test(name)) continue;
    const target = live().find((o) => o !== c && contentWords(o.canonical).length >= 2 && initials(o.canonical) === name.toLowerCase());
    if (target) merge(c, target);
  }
  // An acronym in parentheses right after a name is that name's, whatever its letters (SOCHIAS)
  // ("Norwegian Water Resources and Energy Directorate (NVE)").
  const endsAt = new Map<number, Cluster>();
  for (const c of live()) for (const m of c.names) endsAt.set(m.end, c);
  for (const c of live()) {
    if (!/^\p{Lu}{2,8}$/u.test(c.canonical.replace(/\./g, ''))) continue;
    for (const m of c.names) {
      const open = /\s*\(\s*$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
      if (!open || !/^\s*\)/.test(text.slice(m.end, m.end + 3))) continue;
      const target = endsAt.get(m.start - open[0].length);
      if (target && target !== c && !target.merged && target.type !== 'person' && contentWords(target.canonical).length >= 2) {
        merge(c, target);
        break;
      }
    }
  }
  // Misspellings: "Community Party of Canada" joins "Communist Party of Canada".
  let wordCounts: Map<string, number> | null = null;
  const support = (c: Cluster) => {
    if (!wordCounts) {
      wordCounts = new Map<string, number>();
      for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
    }
    const wc = wordCounts;
    return c.names.length * 10 + contentWords(c.canonical).reduce((s, w) => s + (wc.get(w) ?? 0), 0);
  };
  const alive = live();
  const keys = alive.map((c) => contentWords(c.canonical).join(' '));
  for (let i = 0; i < alive.length; i++) {
    const ka = keys[i]!;
    if (ka.length < 8) continue;
    for (let j = i + 1; j < alive.length; j++) {
      const a = alive[i]!;
      const b = alive[j]!;
      if (a.merged || b.merged || a.type !== b.type) continue;
      const kb = keys[j]!;
      if (kb.length < 8 || ka === kb) continue;
      // The distance is at least the length difference: skip pairs that cannot be close.
      const maxD = Math.max(1, Math.floor(Math.min(ka.length, kb.length) * 0.12));
      if (Math.abs(ka.length - kb.length) > maxD || (a.gaz && b.gaz)) continue;
      const d = levenshtein(ka, kb);
      if (d === 0 || d > maxD) continue;
      if (support(a) >= support(b)) merge(b, a);
      else merge(a, b);
    }
  }
  // "the Party" for the only organization whose name has that head word.
  for (const c of live()) {
    const words = contentWords(c.canonical);
    if (c.gaz || c.type !== 'organization' || words.length !== 1) continue;
    const heads = live().filter((o) => o !== c && o.type === c.type && contentWords(o.canonical.split(/\s+of\s+/i)[0]!).at(-1) === words[0]);
    if (heads.length === 1) merge(c, heads[0]!);
  }
  // Clusters that ended with the same type and name are one actor.
  const final = new Map<string, Cluster>();
  for (const c of live()) {
    const k = `${c.type}|${c.key}`;
    const o = final.get(k);
    if (o) merge(c, o);
    else final.set(k, c);
  }
  const out = live();
  for (const c of out) {
    c.canonical = canonicalName(c);
    // "Hurricane Fiona", "Cyclone Lusia": a named storm is neither a person nor a place; nor is a
    // law or treaty ("Flood Defence and Adaptation Act", "Paris Agreement").
    if (STORM.test(c.canonical) || (c.type !== 'person' && LAW.test(c.canonical))) c.type = 'other';
    // "Alphabet's Google", "Google did not respond": a well-known company the tagger took for a person or place.
    else if (c.type !== 'organization' && WELL_KNOWN_COMPANIES.has(c.canonical)) c.type = 'organization';
  }
  return out;
}

const LAW = /\s(?:Act|Bill|Treaty|Accord|Accords|Agreement|Protocol|Amendment|Directive|Charter)$/u;
/**
 * Companies known by one word that is no common first or family name, place or river (so not
 * "Ford", "Dell", "Disney" or "Amazon"): written from general knowledge.
 */
const WELL_KNOWN_COMPANIES = new Set(
  ('Google Alphabet Microsoft Apple Meta Facebook Instagram WhatsApp YouTube TikTok ByteDance Netflix Nvidia Intel ' +
    'Samsung Huawei Xiaomi Tencent Alibaba Baidu Sony Toyota Volkswagen Nissan Honda Hyundai Siemens Nokia Ericsson ' +
    'Spotify Uber Lyft Airbnb Twitter Snapchat Pinterest Reddit LinkedIn PayPal Visa Mastercard Oracle IBM Qualcomm ' +
    'OpenAI Anthropic Pfizer Moderna AstraZeneca Novartis Roche Bayer BASF Shell Chevron ExxonMobil Exxon Gazprom ' +
    'Rosneft Aramco Equinor Boeing Airbus Lufthansa Ryanair Maersk Walmart Starbucks McDonald\'s Nestle Unilever')
    .split(' '),
);
const STORM = /^(?:Hurricane|Cyclone|Typhoon|Tropical\s+Storm|Tropical\s+Cyclone|Super\s+Typhoon|Storm)\s+\p{Lu}/u;

function nearestBefore(c: Cluster, pos: number): number {
  let best = -1;
  for (const m of c.names) if (m.start <= pos) best = Math.max(best, m.start);
  return best;
}

function canonicalName(c: Cluster): string {
  if (c.gaz) return c.gaz.canonical;
  const names = c.names.map((m) => m.text.replace(/^the\s+/i, '').replace(/['’]s?$/, ''));
  if (names.length === 0) return c.canonical;
  const score = (n: string) => contentWords(n).length * 10 + (isAllCaps(n) && !/^\S+$/.test(n) ? -5 : 0) + (isAllCaps(n) ? -1 : 0) + n.length / 100;
  let best = names[0]!;
  for (const n of names) if (score(n) > score(best)) best = n;
  // Keep the spelling the cluster key came from when a misspelling was merged in.
  const keyed = names.filter((n) => nameKey(n) === c.key);
  if (keyed.length && contentWords(keyed[0]!).length === contentWords(best).length) best = keyed.sort((x, y) => y.length - x.length)[0]!;
  // (a one-word organization in capitals is an acronym: "LSEG", "UNICEF" stay)
  if (isAllCaps(best) && best.length > 3 && (/\s/.test(best) || c.type !== 'organization')) best = best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
  return best;
}

/**
 * Nominal mentions: "the Party" and "Canada's communist party" for "Communist Party of Canada";
 * "the country" / "the Eastern European nation" when exactly one country is in view.
 */
function addNominals(text: string, clusters: Cluster[], sentences: readonly Span[]): void {
  const taken = (a: number, b: number) => clusters.some((c) => [...c.names, ...c.others].some((m) => a < m.end && b > m.start));
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    const m = /^(.*?)\s+of\s+(.+)$/i.exec(c.canonical);
    if (!m) continue;
    const head = m[1]!.replace(/^the\s+/i, '');
    const complement = m[2]!;
    const headWords = head.split(/\s+/);
    const last = headWords[headWords.length - 1]!;
    const patterns = [
      new RegExp(`\\b${escapeRegExp(complement)}['’]s\\s+${escapeRegExp(head)}\\b`, 'giu'),
      new RegExp(`\\b[Tt]he\\s+${escapeRegExp(last)}\\b(?!\\s+of\\b)`, 'gu'),
    ];
    for (const re of patterns) {
      for (const x of text.matchAll(re)) {
        const a = x.index;
        const b = a + x[0].length;
        if (re === patterns[1] && taken(a, b)) continue;
        if (c.others.some((o) => o.start === a)) continue;
        c.others.push({ start: a, end: b, text: x[0], kind: 'nominal', type: c.type, name: c.canonical });
      }
    }
  }
  // "the country", "the nation", "the Eastern European nation".
  const countryMentions: Array<{ pos: number; c: Cluster }> = [];
  for (const c of clusters) if (c.gaz?.country) for (const m of [...c.names, ...c.others]) countryMentions.push({ pos: m.start, c });
  countryMentions.sort((a, b) => a.pos - b.pos);
  const re = /\bthe\s+((?:\p{Lu}\p{L}+\s+){0,3})(country|nation|republic)\b(?!['’]s?\s+(?:of)\b)(?!\s+of\b)/gu;
  for (const x of text.matchAll(re)) {
    const a = x.index;
    const b = a + x[0].length;
    const si = sentences.findIndex((s) => a >= s.start && a < s.end);
    const from = si > 0 ? sentences[si - 1]!.start : 0;
    const inView = new Set(countryMentions.filter((m) => m.pos >= from && m.pos < a).map((m) => m.c));
    if (inView.size !== 1) continue;
    const target = [...inView][0]!;
    target.others.push({ start: a, end: b, text: x[0], kind: 'nominal', type: 'place', name: target.canonical });
  }
}

function toActor(c: Cluster): Actor {
  const mentions: Mention[] = [...c.names, ...c.others]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((m, i, arr) => i === 0 || m.start !== arr[i - 1]!.start || m.end !== arr[i - 1]!.end)
    .map((m) => ({ start: m.start, end: m.end, kind: m.kind, text: m.text }));
  const roles = c.names.map((m) => m.role).filter((r): r is string => !!r);
  const actor: Actor = { id: actorId(c.type, c.canonical), name: c.canonical, type: c.type, mentions };
  const roleScore = (r: string) => r.split(/\s+/).length + (/^\p{Lu}/u.test(r) ? 0.5 : 0);
  // (a label: "Director", not "director" as in "its director Wanjiru Kamau")
  if (roles.length) actor.role = capitalize(roles.sort((a, b) => roleScore(b) - roleScore(a))[0]!);
  return actor;
}

import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Journeys through the library over the articles of seeds/, read at test time: how many there are,
 * their dates and their words come from the files, so adding a seed needs no change here.
 */

const library = (page: Page) => page.getByRole('region', { name: 'Library' });

interface Seed {
  id: string;
  published: string | null;
  text: string;
}

/** Every file of seeds/ the build bundles (all but hidden files), with its id as the app makes it. */
function readSeeds(): Seed[] {
  const dir = new URL('../../seeds/', import.meta.url);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => {
      const text = readFileSync(new URL(d.name, dir), 'utf8');
      return { id: d.name.replace(/\.[^.]*$/, ''), published: /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null, text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Lower-case words without accents, split as a reader would: on anything but letters, digits, apostrophes and hyphens. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, '').replace(/['’]s$/, ''))
    .filter(Boolean);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * A plain word of letters that occurs in this seed and in no other. Words of the title come first
 * (titles are indexed whole), then the body's words, most frequent first and in order of first use
 * (a long body has only its most frequent words indexed). Preferred: 6+ letters and `exact`, i.e.
 * no other seed has a word that starts with it or is within two edits of it, so that neither prefix
 * nor fuzzy matching can find another article.
 */
function distinctiveWord(seed: Seed, seeds: Seed[], title: string): { word: string; exact: boolean } | null {
  const own = words(seed.text.replace(/^\s*date\b.*\n/, ''));
  const counts = new Map<string, number>();
  for (const w of own) counts.set(w, (counts.get(w) ?? 0) + 1);
  const others = new Set(seeds.filter((s) => s !== seed).flatMap((s) => words(s.text).flatMap((w) => [w, ...w.split(/['’-]/)])));
  const near = (w: string) => [...others].some((o) => o.startsWith(w) || (Math.abs(o.length - w.length) <= 2 && editDistance(o, w) <= 2));
  const inTitle = new Set(words(title));
  const ranked = [...counts.keys()].sort((a, b) => Number(inTitle.has(b)) - Number(inTitle.has(a)) || counts.get(b)! - counts.get(a)!);
  const unique = ranked.filter((w) => /^\p{L}{4,}$/u.test(w) && !others.has(w));
  const word = unique.find((w) => w.length >= 6 && !near(w)) ?? unique.find((w) => w.length >= 6) ?? unique[0];
  return word ? { word, exact: !near(word) } : null;
}

const SEEDS = readSeeds();

const OWN_ARTICLE = `date 2021-06-02 (@gloss_test)

HARTWELL (Gloss Test Wire - 2nd June, 2021) The Hartwell orchestra announced on Tuesday that its summer concerts would move to the old tram depot.

"The depot has the best sound in town," conductor Lena Brandt said. "We will open there on July 4."
`;

test.describe('library', () => {
  test('lists every article as a link with its date, source and counts, sortable by date', async ({ page }) => {
    await page.goto('./');
    const lib = library(page);
    await expect(lib).toBeVisible();
    const rows = lib.getByRole('article');
    expect(SEEDS.length).toBeGreaterThanOrEqual(2);
    await expect(rows).toHaveCount(SEEDS.length);
    await expect(lib.getByRole('status')).toHaveText(`${SEEDS.length} articles.`);
    for (const row of await rows.all()) await expect(row.getByRole('link')).toHaveAccessibleName(/\w{3,}/);
    const listed = () => rows.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('article')));
    expect([...(await listed())].sort()).toEqual(SEEDS.map((s) => s.id));
    await expect(lib.getByText(/Wed 12 May 2021 · Coastline Wire · \d+ quotes? · \d+ actors?/)).toBeVisible();

    const dates = SEEDS.flatMap((s) => (s.published ? [s.published] : [])).sort();
    const publishedOn = (date: string) => SEEDS.filter((s) => s.published === date).map((s) => s.id);
    await expect.poll(async () => publishedOn(dates.at(-1)!).includes((await listed())[0]!)).toBe(true); // newest first
    await lib.getByLabel('Sort').selectOption({ label: 'Oldest first' });
    await expect.poll(async () => publishedOn(dates[0]!).includes((await listed())[0]!)).toBe(true);

    await lib.getByRole('link', { name: /harbor bridge/i }).click();
    await expect(page).toHaveURL(/\?article=001_harbor-bridge-vote/);
    await expect(page.getByRole('main')).toContainText('Old Harbor Bridge');
  });

  test('search finds articles by text, title and actor names, best match first, with the matches marked', async ({ page }) => {
    await page.goto('./');
    const lib = library(page);
    const box = lib.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('kowalczyk');
    await expect(lib.getByRole('status')).toHaveText(/2 articles match “kowalczyk”/);
    await expect(lib.locator('mark', { hasText: 'Kowalczyk' }).first()).toBeVisible();

    await box.fill('sandbags');
    await expect(lib.getByRole('status')).toHaveText(/1 article matches/);
    await expect(lib.getByRole('link', { name: /flood warning/i })).toBeVisible();

    await box.fill('harbor bridge');
    const first = lib.getByRole('article').first().getByRole('heading');
    await expect(first).toContainText(/harbor bridge/i);
    await expect(first.locator('mark')).toHaveText(['Harbor', 'Bridge']);
  });

  test('search finds every article by a word that no other article contains', async ({ page }) => {
    await page.goto('./');
    const lib = library(page);
    const rows = lib.getByRole('article');
    await expect(rows).toHaveCount(SEEDS.length);
    const titles = new Map(
      await rows.getByRole('link').evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).searchParams.get('article') ?? '', a.textContent ?? ''] as const)),
    );
    const box = lib.getByRole('searchbox', { name: 'Search articles' });
    for (const seed of SEEDS) {
      const pick = distinctiveWord(seed, SEEDS, titles.get(seed.id) ?? '');
      expect(pick, `a word of ${seed.id} that no other seed contains`).not.toBeNull();
      const { word, exact } = pick!;
      test.info().annotations.push({ type: 'search word', description: `${seed.id}: ${word}${exact ? '' : ' (other articles have near words)'}` });
      await box.fill(word);
      await expect(lib.getByRole('status'), `searching “${word}”`).toHaveText(new RegExp(`matche?s? “${word}”`));
      const first = rows.first().getByRole('link');
      await expect(first, `first result for “${word}”`).toHaveAttribute('href', new RegExp(`[?&]article=${seed.id.replace(/[.]/g, '\\.')}(&|$)`));
      if (exact) await expect(rows, `only result for “${word}”`).toHaveCount(1);
    }
  });

  test('the longest article opens from a search; it has many speakers, and each filters the reader to exactly their quotes', async ({ page }) => {
    test.slow(); // one filter per speaker: some 30 rounds through the reader on a loaded machine
    const longest = SEEDS.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    await page.goto('./');
    const lib = library(page);
    const rows = lib.getByRole('article');
    const pick = distinctiveWord(longest, SEEDS, (await rows.locator(`a[href*="article=${longest.id}"]`).textContent()) ?? '');
    await lib.getByRole('searchbox', { name: 'Search articles' }).fill(pick!.word);
    await expect(rows).toHaveCount(1);
    await rows.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`article=${longest.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const res = await page.request.get(`data/articles/${longest.id}.json`);
    expect(res.ok()).toBe(true);
    const doc = (await res.json()) as { quotes: { actorId: string | null }[]; actors: { id: string; name: string }[] };
    const quotesBy = new Map<string, number>();
    for (const q of doc.quotes) if (q.actorId) quotesBy.set(q.actorId, (quotesBy.get(q.actorId) ?? 0) + 1);
    expect(quotesBy.size, `speakers of ${longest.id}`).toBeGreaterThanOrEqual(12);

    const actorsPanel = page.getByRole('complementary', { name: 'Actors' });
    const status = page.locator('.filter-bar [aria-live="polite"]');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const actor of doc.actors.filter((a) => quotesBy.has(a.id))) {
      const n = quotesBy.get(actor.id)!;
      const button = actorsPanel.getByRole('button', { name: new RegExp(`^${escape(actor.name)}`) }).first();
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(status).toHaveText(new RegExp(`^Showing ${n} quotes? and \\d+ events? for ${escape(actor.name)}\\.$`));
      await expect(page.getByRole('region', { name: 'Quotes' }).getByRole('listitem').first()).toContainText(actor.name);
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
    }
  });

  test('an actor across articles: every quote, oldest first, each linking to its article', async ({ page }) => {
    await page.goto('./');
    const people = page.getByRole('region', { name: 'Actors across articles' });
    await people.getByRole('link', { name: /Elena Marsh/ }).click();
    await expect(page).toHaveURL(/\?actor=person%3Aelena-marsh/);
    await expect(page.getByRole('heading', { name: 'Quotes by Elena Marsh' })).toBeVisible();
    const quotes = page.getByRole('listitem').filter({ has: page.locator('blockquote') });
    await expect(quotes.first()).toBeVisible();
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    const dates = await quotes.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBeGreaterThanOrEqual(2);

    await quotes.first().getByRole('link').click();
    await expect(page).toHaveURL(/article=001_harbor-bridge-vote.*quote=/);
  });
});

test.describe('your own article', () => {
  test('pasted text is annotated in a worker, opened in the reader, kept across reloads until removed', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Add article' }).click();
    const form = page.getByRole('form', { name: 'Add an article' });

    await form.getByRole('button', { name: 'Annotate' }).click();
    await expect(form.getByRole('alert')).toContainText('There is no text to annotate');

    await form.getByRole('textbox', { name: 'Article text' }).fill(OWN_ARTICLE);
    await form.getByRole('button', { name: 'Annotate' }).click();
    await expect(page).toHaveURL(/\?article=local-/, { timeout: 20_000 });
    await expect(page.getByRole('main')).toContainText('tram depot');

    await page.goto('./');
    await page.reload();
    const own = library(page).getByRole('link', { name: /Hartwell orchestra/ });
    await expect(own).toBeVisible();
    await expect(library(page).getByText('Added in this browser')).toBeVisible();
    await library(page).getByRole('searchbox', { name: 'Search articles' }).fill('depot');
    await expect(own).toBeVisible();
    await own.click();
    await expect(page.getByRole('main')).toContainText('best sound in town');
    await page.reload();
    await expect(page.getByRole('main')).toContainText('best sound in town');

    await page.goto('./');
    await library(page).getByRole('button', { name: /Remove “.*Hartwell orchestra/ }).click();
    await expect(library(page).getByRole('link', { name: /Hartwell orchestra/ })).toHaveCount(0);
    await page.reload();
    await expect(library(page).getByRole('link', { name: /harbor bridge/i })).toBeVisible();
    await expect(library(page).getByRole('link', { name: /Hartwell orchestra/ })).toHaveCount(0);
  });

  test('a dropped .txt file is loaded and annotated; a binary file is refused and the text kept', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Add article' }).click();
    const form = page.getByRole('form', { name: 'Add an article' });
    const text = form.getByRole('textbox', { name: 'Article text' });
    await text.fill('Something I typed.');

    await form.getByLabel('Text file').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await expect(form.getByRole('alert')).toContainText('“photo.txt” is not a text file');
    await expect(text).toHaveValue('Something I typed.');

    const drop = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'hartwell.txt', { type: 'text/plain' }));
      return dt;
    }, OWN_ARTICLE);
    await form.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: drop });
    await expect(text).toHaveValue(/Hartwell orchestra/);
    await expect(form.getByRole('alert')).toHaveCount(0);
    await form.getByLabel('Publication date (optional)').fill('2021-06-03');
    await form.getByRole('button', { name: 'Annotate' }).click();
    await expect(page).toHaveURL(/\?article=local-/, { timeout: 20_000 });
    await expect(page.getByRole('main')).toContainText('tram depot');
  });
});

test('the reader exports the annotations as JSON and the quotes as CSV', async ({ page }) => {
  await page.goto('./?article=001_harbor-bridge-vote');
  const exportGroup = page.getByRole('group', { name: 'Export' });

  const [json] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name: /annotations \(JSON\)/ }).click()]);
  expect(json.suggestedFilename()).toBe('001_harbor-bridge-vote.annotations.json');
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string; quotes: unknown[] };
  expect(doc.id).toBe('001_harbor-bridge-vote');

  const [csv] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name: /quotes.*\(CSV\)/ }).click()]);
  expect(csv.suggestedFilename()).toBe('001_harbor-bridge-vote.quotes.csv');
  const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
  expect(lines[0]).toBe('article_id,quote_id,kind,speaker,actor_id,actor_name,cue,quote,start,end,published');
  expect(lines.length - 2).toBe(doc.quotes.length);
});

test('dist/ works offline after the first visit', async ({ page, context }) => {
  await page.goto('./');
  await expect(library(page)).toBeVisible();
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return reg.scope;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(library(page).getByRole('link', { name: /flood warning/i })).toBeVisible();
  await library(page).getByRole('link', { name: /grain export/i }).click();
  await expect(page.getByRole('main')).toContainText('two million tonnes');
  await page.goto('./?article=004_river-flood-warning');
  await expect(page.getByRole('main')).toContainText('sandbags');
  await context.setOffline(false);
});

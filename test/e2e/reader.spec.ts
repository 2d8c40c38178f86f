import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Journeys through the reader on the bundled seed article, served from a sub-path. */

const SEED = '000_b65e8d4a6827921d';
const open = (page: Page, query = '') => page.goto(`./?article=${SEED}${query}`);
const actors = (page: Page) => page.getByRole('complementary', { name: 'Actors' });
const quotes = (page: Page) => page.getByRole('region', { name: 'Quotes' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const article = (page: Page) => page.getByRole('article', { name: 'Article' });

/** Fails the test on any console error or any request that leaves the page's origin. */
function watch(page: Page) {
  const origin = new URL(String(test.info().project.use.baseURL)).host;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== origin) {
      problems.push(`request to another origin: ${r.url()}`);
    }
  });
  return problems;
}

test('shows the seed article: title, metadata, a highlighted quote, actors and the timeline', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Community Party of Canada');
  await expect(article(page)).toContainText('Toronto');
  await expect(article(page)).toContainText('@ChaudhryMAli88');
  await expect(article(page).locator('[data-quote-id][data-kind="direct"]').first()).toContainText('The Communist Party of Canada denounces');
  await expect(actors(page).getByRole('button', { name: /^Alexander Lukashenko/ })).toBeVisible();
  const dates = timeline(page).locator('time');
  await expect(dates.first()).toBeVisible();
  const values = await dates.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(values).toEqual(expect.arrayContaining(['2020-08-09', '2020-W36', '2020-09-10', '2020-09-11']));
  expect(values.indexOf('2020-08-09')).toBeLessThan(values.indexOf('2020-W36'));
  expect(values.indexOf('2020-W36')).toBeLessThan(values.indexOf('2020-09-10'));
  expect(values.indexOf('2020-09-10')).toBeLessThan(values.indexOf('2020-09-11'));
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'(;|$)/);
  expect(problems).toEqual([]);
});

test('filters quotes by an actor and clears the filter', async ({ page }) => {
  await open(page);
  await expect(quotes(page).getByRole('listitem').first()).toBeVisible();
  const allQuotes = await quotes(page).getByRole('listitem').count();
  expect(allQuotes).toBeGreaterThan(3);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const peskov = actors(page).getByRole('button', { name: /^Dmitry Peskov/ });
  await peskov.click();
  await expect(peskov).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/actors=person(%3A|:)dmitry-peskov/);
  await expect(quotes(page).getByRole('listitem')).toHaveCount(1);
  await expect(quotes(page).getByRole('listitem').first()).toContainText('Kremlin');
  await page.keyboard.press('Escape');
  await expect(peskov).toHaveAttribute('aria-pressed', 'false');
  await expect(quotes(page).getByRole('listitem')).toHaveCount(allQuotes);
  await expect(page).not.toHaveURL(/actors=/);
  // Filtering needs nothing from the network, not even the page icon (which Chrome fetches again after
  // each history entry unless it is inline).
  expect(requests).toEqual([]);
});

test('a deep link restores the selected actor and survives reload, back and forward', async ({ page }) => {
  await open(page, '&actors=person:alexander-lukashenko');
  const lukashenko = actors(page).getByRole('button', { name: /^Alexander Lukashenko/ });
  await expect(lukashenko).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(lukashenko).toHaveAttribute('aria-pressed', 'true');
  await actors(page).getByRole('button', { name: /^Dmitry Peskov/ }).click();
  await expect(page).toHaveURL(/dmitry-peskov/);
  await page.goBack();
  await expect(page).not.toHaveURL(/dmitry-peskov/);
  await expect(actors(page).getByRole('button', { name: /^Dmitry Peskov/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(actors(page).getByRole('button', { name: /^Dmitry Peskov/ })).toHaveAttribute('aria-pressed', 'true');
});

test('clicking a timeline event scrolls to its sentence', async ({ page }) => {
  await open(page);
  await page.setViewportSize({ width: 1280, height: 500 });
  const event = timeline(page).getByRole('listitem').filter({ has: page.locator('time[datetime="2020-08-09"]') });
  await event.getByRole('button').first().click();
  const sentence = article(page).getByText('On August 9, the Belarusian opposition', { exact: false });
  await expect(sentence).toBeInViewport();
});

test('works by keyboard alone with a visible focus', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    if (/^Alexander Lukashenko/.test(name)) reached = true;
    else await page.keyboard.press('Tab');
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`;
  });
  expect(outline).not.toMatch(/^none 0px none$/);
  await page.keyboard.press('Enter');
  await expect(actors(page).getByRole('button', { name: /^Alexander Lukashenko/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /Lukashenko/ }).first()).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(actors(page).getByRole('button', { name: /^Alexander Lukashenko/ })).toHaveAttribute('aria-pressed', 'false');
});

test('has no WCAG 2.1 A/AA violations, in light and dark', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const light = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(light.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dark = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('fits a phone: one column, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a missing article shows an alert with retry and keeps the app working', async ({ page }) => {
  await page.goto('./?article=no-such-article');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: /retry/i })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test.describe('without the offline cache', () => {
  // The service worker would answer from its cache, out of reach of page.route.
  test.use({ serviceWorkers: 'block' });

  test('a corrupt article file shows an alert; Retry loads it once the file is good again', async ({ page }) => {
    let corrupt = true;
    await page.route(`**/data/articles/${SEED}.json`, async (route) => {
      if (corrupt) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": 3, "text": ' });
      return route.continue();
    });
    await open(page);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('banner')).toBeVisible();
    corrupt = false;
    await alert.getByRole('button', { name: /retry/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Community Party of Canada');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { harborArticle, indexOf, otherArticle } from '../lib/test/fixtures.ts';
import { mockBundle, renderWithProviders } from '../lib/test/render.tsx';
import { App } from './app.tsx';

const bundle = (docs = [harborArticle]) => ({
  'data/index.json': indexOf(...docs),
  ...Object.fromEntries(docs.map((d) => [`data/articles/${d.id}.json`, d])),
});

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const quotesList = () => within(screen.getByRole('region', { name: 'Quotes' })).getAllByRole('listitem');
const actorButton = (name: RegExp) => within(screen.getByRole('complementary', { name: 'Actors' })).getByRole('button', { name });

describe('App', () => {
  it('opens the only article of the bundle directly, with its four landmarks', async () => {
    mockBundle(bundle());
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: harborArticle.title })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Article' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Actors' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Quotes' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('shows a loading status while the article loads', async () => {
    mockBundle(bundle());
    renderWithProviders(<App />, { url: '?article=harbor' });
    expect(screen.getByRole('status')).toHaveTextContent(/loading/i);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('fetches the data relative to the document, not from the root', async () => {
    const fetchMock = mockBundle(bundle());
    renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    const urls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(urls).toContain(new URL('data/index.json', document.baseURI).href);
    expect(urls).toContain(new URL('data/articles/harbor.json', document.baseURI).href);
  });

  it('lists the articles as links when there are several, and opens one on click', async () => {
    mockBundle(bundle([harborArticle, otherArticle]));
    const { user } = renderWithProviders(<App />);
    const first = await screen.findByRole('link', { name: harborArticle.title });
    expect(first).toHaveAttribute('href', '?article=harbor');
    await user.click(screen.getByRole('link', { name: otherArticle.title }));
    expect(await screen.findByRole('heading', { level: 1, name: otherArticle.title })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?article=other'));
  });

  it('lists the library without loading any article', async () => {
    const fetchMock = mockBundle(bundle([harborArticle, otherArticle]));
    renderWithProviders(<App />);
    await screen.findByRole('link', { name: otherArticle.title });
    const urls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(urls.some((u) => u.includes('data/articles/'))).toBe(false);
  });

  it('goes back to the library with the browser history', async () => {
    mockBundle(bundle([harborArticle, otherArticle]));
    const { user } = renderWithProviders(<App />);
    await user.click(await screen.findByRole('link', { name: harborArticle.title }));
    await screen.findByRole('heading', { level: 1, name: harborArticle.title });
    // The history entry is written after the next frame.
    await waitFor(() => expect(window.location.search).toBe('?article=harbor'));
    window.history.back();
    expect(await screen.findByRole('link', { name: otherArticle.title })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Article' })).not.toBeInTheDocument();
    window.history.forward();
    expect(await screen.findByRole('heading', { level: 1, name: harborArticle.title })).toBeInTheDocument();
  });

  it('shows an alert with Retry when the article fails to load, and retries', async () => {
    let calls = 0;
    mockBundle({
      ...bundle(),
      'data/articles/harbor.json': () => (++calls === 1 ? new Response('boom', { status: 500 }) : Response.json(harborArticle)),
    });
    const { user } = renderWithProviders(<App />, { url: '?article=harbor' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be loaded/i);
    expect(screen.getByRole('button', { name: /dark mode/i })).toBeEnabled();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: harborArticle.title })).toBeInTheDocument();
  });

  it('reports a schema error in the data as an alert', async () => {
    mockBundle({ ...bundle(), 'data/articles/harbor.json': { ...harborArticle, quotes: 'nope' } });
    renderWithProviders(<App />, { url: '?article=harbor' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/problem/i);
    expect(within(alert).getByText(/quotes: expected array/)).toBeInTheDocument();
  });

  it('reports a broken index as an alert with Retry', async () => {
    mockBundle({ 'data/index.json': () => new Response('nope', { status: 503 }) });
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('Actor filter', () => {
  it('filters quotes and timeline to the selected actor and puts it in the URL', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    expect(quotesList()).toHaveLength(4);
    const brandt = actorButton(/^Ada Brandt/);
    expect(brandt).toHaveAttribute('aria-pressed', 'false');
    await user.click(brandt);
    expect(brandt).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('actors')).toBe('a1'));
    expect(quotesList()).toHaveLength(2);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Brandt says the pier will be rebuilt')).toBeInTheDocument();
    expect(within(timeline).queryByText('Repairs begin')).not.toBeInTheDocument();
    expect(screen.getByText(/showing 2 quotes and 1 event for ada brandt/i)).toHaveAttribute('aria-live', 'polite');
  });

  it('shows the quotes of any of several selected actors', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    await user.click(actorButton(/^Ada Brandt/));
    await user.click(actorButton(/^Lindenholm Port Authority/));
    // (the panels follow the selection in the frame after the one that shows it)
    await waitFor(() => expect(quotesList()).toHaveLength(3));
    await waitFor(() => expect(window.location.search).toContain('actors=a1,a2'));
  });

  it('clears the selection with the Clear button and with Escape', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    await user.click(actorButton(/^Ada Brandt/));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(quotesList()).toHaveLength(4));
    await user.click(actorButton(/^Ada Brandt/));
    await user.keyboard('{Escape}');
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(window.location.search).not.toContain('actors'));
  });

  it('says so when the selected actor has no quotes', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    await user.click(actorButton(/^Residents/));
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(await within(quotes).findByText('Residents is not quoted in this article.')).toBeInTheDocument();
    expect(within(quotes).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('toggles an actor from the keyboard', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1 });
    actorButton(/^Ada Brandt/).focus();
    await user.keyboard('{Enter}');
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('selects the actor of a mention clicked in the text', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />);
    const article = await screen.findByRole('article', { name: 'Article' });
    await user.click(within(article).getByText('Lindenholm Port Authority'));
    expect(actorButton(/^Lindenholm Port Authority/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('dims the other quotes and marks the actor mentions in the text', async () => {
    mockBundle(bundle());
    renderWithProviders(<App />, { url: '?article=harbor&actors=a2' });
    const article = await screen.findByRole('article', { name: 'Article' });
    const own = within(article).getByText('repairs began in August 2020');
    expect(own.closest('[data-quote-id]')).not.toHaveAttribute('data-dimmed');
    const other = article.querySelector('[data-quote-id="q1"]');
    expect(other).toHaveAttribute('data-dimmed');
    expect(article.querySelectorAll('[data-actor-id="a2"][data-selected]')).toHaveLength(2);
  });

  it('restores the selection from a deep link and from the history', async () => {
    mockBundle(bundle());
    const { user } = renderWithProviders(<App />, { url: '?article=harbor&actors=a1&quote=q2' });
    await screen.findByRole('heading', { level: 1 });
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'true');
    const current = quotesList().find((li) => within(li).getByRole('button').getAttribute('aria-current') === 'true');
    expect(current).toHaveTextContent('The Port Authority will rebuild the pier');
    await user.click(actorButton(/^Ada Brandt/));
    expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(window.location.search).not.toContain('actors'));
    window.history.back();
    await waitFor(() => expect(actorButton(/^Ada Brandt/)).toHaveAttribute('aria-pressed', 'true'));
  });
});

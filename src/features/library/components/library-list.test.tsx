import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, within } from '@testing-library/react';
import { fixtureBundle, fixtureDoc } from '../../../core/search/fixtures.ts';
import { resetLocalStoresForTests, saveLocalArticle } from '../../../lib/local-articles.ts';
import { mockBundle, renderWithProviders } from '../../../lib/test/render.tsx';
import { LibraryList } from './library-list.tsx';
import { bundleRoutes, localEntry, summaryOf } from './test-data.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLocalStoresForTests();
  mockBundle(bundleRoutes());
});

const summaries = () => fixtureBundle().map(summaryOf);
const titles = (lib: HTMLElement) => within(lib).getAllByRole('article').map((a) => within(a).getByRole('link').textContent);

describe('LibraryList', () => {
  it('lists the articles as links named by title, newest first, with date, source and counts', async () => {
    const onOpen = vi.fn();
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={onOpen} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    expect(titles(lib)).toEqual(['Minister promises money for the harbor', 'Grain talks close to a deal', 'Council votes to rebuild the Old Harbor Bridge']);
    expect(within(lib).getByText(/Thu 4 Mar 2021 · Coastline Wire · 1 quote · 2 actors/)).toBeInTheDocument();
    await user.click(within(lib).getByRole('link', { name: 'Grain talks close to a deal' }));
    expect(onOpen).toHaveBeenCalledWith('grain');
  });

  it('sorts by date, oldest first on request', async () => {
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={() => {}} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    await user.selectOptions(within(lib).getByRole('combobox', { name: 'Sort' }), 'Oldest first');
    expect(titles(lib)[0]).toBe('Council votes to rebuild the Old Harbor Bridge');
  });

  it('finds articles by words of the text, best match first, and marks the matches', async () => {
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={() => {}} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    await user.type(within(lib).getByRole('searchbox', { name: 'Search articles' }), 'wheat');
    expect(await within(lib).findByRole('status')).toHaveTextContent('1 article matches “wheat”.');
    expect(titles(lib)).toEqual(['Minister promises money for the harbor']);
    expect(within(lib).getByText('wheat', { selector: 'mark' })).toBeInTheDocument();
  });

  it('finds articles by actor name and highlights it; title matches rank first', async () => {
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={() => {}} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    await user.type(within(lib).getByRole('searchbox', { name: 'Search articles' }), 'marsh');
    await within(lib).findByText('1 article matches “marsh”.');
    expect(within(lib).getByText('Marsh', { selector: 'mark' })).toBeInTheDocument();
    await user.clear(within(lib).getByRole('searchbox', { name: 'Search articles' }));
    await user.type(within(lib).getByRole('searchbox', { name: 'Search articles' }), 'minister');
    await within(lib).findByText('2 articles match “minister”.');
    expect(titles(lib)[0]).toBe('Minister promises money for the harbor');
    expect(within(lib).getByRole('combobox', { name: 'Sort' })).toHaveValue('relevance');
  });

  it('lists the articles added in this browser, searchable and removable', async () => {
    const doc = fixtureDoc({ id: 'local-x1', title: 'Orchestra moves to the tram depot', published: '2021-06-02', text: 'The orchestra moves to the old tram depot.' });
    await saveLocalArticle(doc, localEntry(doc));
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={() => {}} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    expect(await within(lib).findByRole('link', { name: 'Orchestra moves to the tram depot' })).toBeInTheDocument();
    expect(within(lib).getByText('Added in this browser')).toBeInTheDocument();
    await user.type(within(lib).getByRole('searchbox', { name: 'Search articles' }), 'depot');
    expect(await within(lib).findByText('1 article matches “depot”.')).toBeInTheDocument();
    await user.click(within(lib).getByRole('button', { name: 'Remove “Orchestra moves to the tram depot” from this browser' }));
    expect(await within(lib).findByText('0 articles match “depot”.')).toBeInTheDocument();
  });

  it('links to the actors quoted in several articles', async () => {
    const onOpenActor = vi.fn();
    const { user } = renderWithProviders(<LibraryList articles={summaries()} onOpen={() => {}} onOpenActor={onOpenActor} />);
    const people = await screen.findByRole('region', { name: 'Actors across articles' });
    const link = within(people).getByRole('link', { name: /Tomas Varga/ });
    expect(link).toHaveAttribute('href', '?actor=person%3Atomas-varga');
    await user.click(link);
    expect(onOpenActor).toHaveBeenCalledWith('person:tomas-varga');
  });

  it('renders only the rows in view of a long list', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...summaryOf(fixtureBundle()[0]!), id: `a${i}`, title: `Article ${String(i).padStart(4, '0')}`, published: null }));
    renderWithProviders(<LibraryList articles={many} onOpen={() => {}} />);
    const lib = screen.getByRole('region', { name: 'Library' });
    expect(within(lib).getByText('2000 articles.')).toBeInTheDocument();
    const rows = within(lib).getAllByRole('article');
    expect(rows.length).toBeLessThan(30);
    const scroller = screen.getByTestId('virtual-scroller');
    fireEvent.scroll(scroller, { target: { scrollTop: 112 * 1500 } });
    expect(within(lib).getByRole('link', { name: 'Article 1500' })).toBeInTheDocument();
    expect(within(lib).queryByRole('link', { name: 'Article 0000' })).not.toBeInTheDocument();
  });
});

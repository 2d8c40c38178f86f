import { screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { resetLocalStoresForTests } from '../../../lib/local-articles.ts';
import { mockBundle, renderWithProviders } from '../../../lib/test/render.tsx';
import { ActorAcrossView } from './actor-across-view.tsx';
import { bundleRoutes } from './test-data.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLocalStoresForTests();
});

describe('ActorAcrossView', () => {
  it('lists every quote by the actor in date order, each linking to its article and quote', async () => {
    const fetchMock = mockBundle(bundleRoutes());
    renderWithProviders(<ActorAcrossView actorId="person:tomas-varga" />);
    const view = await screen.findByRole('region', { name: 'Quotes by Tomas Varga' });
    expect(await within(view).findByText('3 quotes in 2 articles, oldest first; mentioned in 3 articles.')).toBeInTheDocument();
    const items = within(view).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
      '“close to the finish line”',
      '“A port that cannot move its goods loses them,”',
      '“We will sign before summer,”',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Grain talks close to a deal' })).toHaveAttribute('href', '?article=grain&actors=person:tomas-varga&quote=q1');
    // Only the articles that quote the actor are loaded.
    const loaded = fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.includes('/articles/'));
    expect(loaded.sort()).toEqual([expect.stringContaining('grain.json'), expect.stringContaining('visit.json')]);
  });

  it('says so when no article mentions the actor', async () => {
    mockBundle(bundleRoutes());
    renderWithProviders(<ActorAcrossView actorId="person:nobody" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No article of the library mentions “person:nobody”.');
  });
});

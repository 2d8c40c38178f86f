import { IDBFactory } from 'fake-indexeddb';
import { fixtureDoc } from '../core/search/fixtures.ts';
import { localEntry } from '../features/library/components/test-data.ts';
import { getLocalArticle, listLocalArticles, removeLocalArticle, resetLocalStoresForTests, saveLocalArticle } from './local-articles.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLocalStoresForTests();
});

describe('local articles (IndexedDB)', () => {
  it('keeps articles, lists them newest first and removes them', async () => {
    const a = fixtureDoc({ id: 'local-a', text: 'First one.' });
    const b = fixtureDoc({ id: 'local-b', text: 'Second one.' });
    await saveLocalArticle(a, localEntry(a, '2021-06-01T00:00:00Z'));
    await saveLocalArticle(b, localEntry(b, '2021-06-02T00:00:00Z'));
    expect((await listLocalArticles()).map((e) => e.summary.id)).toEqual(['local-b', 'local-a']);
    expect(await getLocalArticle('local-a')).toEqual(a);
    await removeLocalArticle('local-a');
    expect((await listLocalArticles()).map((e) => e.summary.id)).toEqual(['local-b']);
    await expect(getLocalArticle('local-a')).rejects.toThrow(/not in this browser any more/);
  });
});

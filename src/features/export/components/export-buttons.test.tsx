import { screen, within } from '@testing-library/react';
import { fixtureBundle } from '../../../core/search/fixtures.ts';
import { renderWithProviders } from '../../../lib/test/render.tsx';
import { ExportButtons } from './export-buttons.tsx';

const text = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.readAsText(b);
  });

describe('ExportButtons', () => {
  let blobs: Blob[];
  let names: string[];
  beforeEach(() => {
    blobs = [];
    names = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });

  it('downloads the annotations as JSON and the quotes as CSV', async () => {
    const doc = fixtureBundle()[1]!;
    const { user } = renderWithProviders(<ExportButtons doc={doc} />);
    const group = screen.getByRole('group', { name: 'Export' });
    await user.click(within(group).getByRole('button', { name: 'Download annotations (JSON)' }));
    await user.click(within(group).getByRole('button', { name: 'Download quotes (CSV)' }));
    expect(names).toEqual(['visit.annotations.json', 'visit.quotes.csv']);
    expect(JSON.parse(await text(blobs[0]!))).toEqual(doc);
    expect((await text(blobs[1]!)).split('\r\n')).toHaveLength(4);
  });

  it('exports only the quotes shown when they are filtered', async () => {
    const doc = fixtureBundle()[1]!;
    const { user } = renderWithProviders(<ExportButtons doc={doc} quotes={doc.quotes.slice(0, 1)} />);
    await user.click(screen.getByRole('button', { name: 'Download 1 shown quote (CSV)' }));
    expect((await text(blobs[0]!)).split('\r\n')).toHaveLength(3);
  });
});

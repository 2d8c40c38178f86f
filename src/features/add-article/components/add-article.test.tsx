import { screen, within } from '@testing-library/react';
import { fixtureDoc } from '../../../core/search/fixtures.ts';
import { renderWithProviders } from '../../../lib/test/render.tsx';
import type { AnnotateResponse } from '../../../worker/protocol.ts';
import type { AnnotateFn } from '../api/annotate-client.ts';
import { AddArticle } from './add-article.tsx';

const ok = (text: string): AnnotateResponse => {
  const doc = fixtureDoc({ id: 'local-t', title: 'T', text });
  return {
    requestId: 1,
    ok: true,
    doc,
    entry: { summary: { id: doc.id, title: 'T', published: null, source: null, counts: { actors: 0, quotes: 0, events: 0, words: 1 } }, search: { id: doc.id, title: 'T', actors: '', text }, actors: { version: 1, actors: [] }, added: '' },
    warnings: [],
    ms: 1,
  };
};

function setup(annotate: AnnotateFn = vi.fn(async (input) => ok(input.text))) {
  const onAnnotated = vi.fn();
  const r = renderWithProviders(<AddArticle onAnnotated={onAnnotated} annotate={annotate} />);
  return { ...r, onAnnotated, annotate };
}

async function openForm(user: ReturnType<typeof setup>['user']) {
  await user.click(screen.getByRole('button', { name: 'Add article' }));
  return screen.getByRole('form', { name: 'Add an article' });
}

describe('AddArticle', () => {
  it('annotates pasted text with the publication date given and hands over the result', async () => {
    const { user, annotate, onAnnotated } = setup();
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'Article text' }), 'The council met on Monday.');
    await user.type(within(form).getByLabelText('Publication date (optional)'), '2021-06-03');
    await user.click(within(form).getByRole('button', { name: 'Annotate' }));
    expect(annotate).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'The council met on Monday.', published: '2021-06-03', file: 'pasted text', id: expect.stringMatching(/^local-/) }),
      expect.any(AbortSignal),
    );
    expect(onAnnotated).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says so when there is no text, without annotating', async () => {
    const { user, annotate } = setup();
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'Article text' }), '   ');
    await user.click(within(form).getByRole('button', { name: 'Annotate' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('There is no text to annotate');
    expect(annotate).not.toHaveBeenCalled();
  });

  it('loads a chosen .txt file into the text box', async () => {
    const { user } = setup();
    const form = await openForm(user);
    await user.upload(within(form).getByLabelText('Text file'), new File(['date 2021-06-02\n\nHello there.'], 'a.txt', { type: 'text/plain' }));
    expect(await within(form).findByDisplayValue(/Hello there\./)).toBeInTheDocument();
    expect(within(form).getByText(/From a\.txt/)).toBeInTheDocument();
  });

  it('refuses a binary file and keeps what was typed', async () => {
    const { user } = setup();
    const form = await openForm(user);
    const box = within(form).getByRole('textbox', { name: 'Article text' });
    await user.type(box, 'My notes');
    await user.upload(within(form).getByLabelText('Text file'), new File([new Uint8Array([0x89, 0x50, 0, 0, 1, 2])], 'photo.txt', { type: 'text/plain' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('“photo.txt” is not a text file');
    expect(box).toHaveValue('My notes');
  });

  it('refuses a file over 2 MB', async () => {
    const { user } = setup();
    const form = await openForm(user);
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61)], 'big.txt', { type: 'text/plain' });
    await user.upload(within(form).getByLabelText('Text file'), big);
    expect(await within(form).findByRole('alert')).toHaveTextContent('“big.txt” is 2.0 MB: files up to 2 MB can be added.');
  });

  it('shows the annotator’s problems with their line and keeps the text', async () => {
    const annotate: AnnotateFn = vi.fn(async () => ({ requestId: 1, ok: false as const, errors: [{ line: 1, message: 'malformed header "date soon"' }], warnings: [] }));
    const { user, onAnnotated } = setup(annotate);
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'Article text' }), 'date soon');
    await user.click(within(form).getByRole('button', { name: 'Annotate' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('malformed header "date soon"');
    expect(within(form).getByRole('textbox', { name: 'Article text' })).toHaveValue('date soon');
    expect(onAnnotated).not.toHaveBeenCalled();
  });
});

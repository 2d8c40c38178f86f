import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actorMap, quoteText } from '../../../lib/annotations.ts';
import { harborArticle } from '../../../lib/test/fixtures.ts';
import { QuotesPanel } from './quotes-panel.tsx';

const actors = actorMap(harborArticle);

describe('QuotesPanel', () => {
  it('lists each quote with its speaker, cue and kind', () => {
    render(<QuotesPanel doc={harborArticle} actors={actors} selectedActorIds={new Set()} selectedQuoteId={null} onSelectQuote={() => {}} />);
    const items = within(screen.getByRole('region', { name: 'Quotes' })).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveTextContent('“The Port Authority will rebuild the pier,”');
    expect(within(items[1]!).getByText('Ada Brandt')).toBeInTheDocument();
    expect(within(items[1]!).getByText('said')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Direct quote')).toBeInTheDocument();
    expect(within(items[3]!).getByText('Unknown speaker')).toBeInTheDocument();
    expect(within(items[3]!).getByText('Partial quote')).toBeInTheDocument();
  });

  it('selects a quote on click and marks the current one', async () => {
    const onSelectQuote = vi.fn();
    render(<QuotesPanel doc={harborArticle} actors={actors} selectedActorIds={new Set()} selectedQuoteId="q3" onSelectQuote={onSelectQuote} />);
    const current = screen.getByRole('button', { current: true });
    expect(current).toHaveTextContent('repairs began');
    await userEvent.setup().click(screen.getByRole('button', { name: /ferry would return/ }));
    expect(onSelectQuote).toHaveBeenCalledWith('q1');
  });

  it('explains an empty result for several selected actors', () => {
    render(<QuotesPanel doc={harborArticle} actors={actors} selectedActorIds={new Set(['a3', 'a4'])} selectedQuoteId={null} onSelectQuote={() => {}} />);
    expect(screen.getByText('None of the selected actors (Lindenholm, Residents) is quoted in this article.')).toBeInTheDocument();
  });

  it('renders a long list a page at a time, each item with its position in the whole list', async () => {
    const many = { ...harborArticle, quotes: Array.from({ length: 100 }, (_, i) => ({ ...harborArticle.quotes[0]!, id: `m${i}` as (typeof harborArticle.quotes)[number]['id'] })) };
    render(<QuotesPanel doc={many} actors={actors} selectedActorIds={new Set()} selectedQuoteId={null} onSelectQuote={() => {}} />);
    const items = () => within(screen.getByRole('region', { name: 'Quotes' })).getAllByRole('listitem');
    expect(items()).toHaveLength(12);
    expect(items()[11]).toHaveAttribute('aria-posinset', '12');
    expect(items()[11]).toHaveAttribute('aria-setsize', '100');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more quotes (88 more)' }));
    expect(items()).toHaveLength(42);
    expect(items()[41]).toHaveAttribute('aria-posinset', '42');
  });

  it('shows the new list in the same items when the filter changes, back to the first page', async () => {
    const many = {
      ...harborArticle,
      quotes: Array.from({ length: 100 }, (_, i) => ({ ...harborArticle.quotes[(i % 2) * 2]!, id: `m${i}` as (typeof harborArticle.quotes)[number]['id'] })),
    };
    const props = { doc: many, actors, selectedQuoteId: null, onSelectQuote: () => {} };
    const { rerender } = render(<QuotesPanel {...props} selectedActorIds={new Set()} />);
    const items = () => within(screen.getByRole('region', { name: 'Quotes' })).getAllByRole('listitem');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show more quotes (88 more)' }));
    const speaker = many.quotes[1]!.actorId!;
    rerender(<QuotesPanel {...props} selectedActorIds={new Set([speaker])} />);
    expect(screen.getByRole('heading', { name: 'Quotes (50 of 100)' })).toBeInTheDocument();
    expect(items()).toHaveLength(12);
    expect(items()[0]).toHaveTextContent(quoteText(many.quotes[1]!, many.text));
    expect(items()[11]).toHaveAttribute('aria-setsize', '50');
  });
});

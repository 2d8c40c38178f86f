import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actorMap } from '../../../lib/annotations.ts';
import { harborArticle } from '../../../lib/test/fixtures.ts';
import { ArticleView, type ArticleViewProps } from './article-view.tsx';

function renderView(props: Partial<ArticleViewProps> = {}) {
  const onToggleActor = vi.fn();
  const onSelectQuote = vi.fn();
  render(
    <ArticleView
      doc={harborArticle}
      actors={actorMap(harborArticle)}
      selectedActorIds={new Set()}
      selectedQuoteId={null}
      focusedEventId={null}
      onToggleActor={onToggleActor}
      onSelectQuote={onSelectQuote}
      {...props}
    />,
  );
  return { user: userEvent.setup(), onToggleActor, onSelectQuote, article: screen.getByRole('article', { name: 'Article' }) };
}

describe('ArticleView', () => {
  it('shows the title, date, dateline place, sources and the sharing handle', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1, name: 'Lindenholm will rebuild its ferry pier' })).toBeInTheDocument();
    expect(screen.getByText('Thu 10 Sep 2020')).toHaveAttribute('datetime', '2020-09-10');
    expect(screen.getByText('Lindenholm', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('Harbor Wire')).toBeInTheDocument();
    expect(screen.getByText('@lindenholm_news')).toBeInTheDocument();
  });

  it('shows HTML, script and javascript: links in the text as plain text', () => {
    const text = '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> <a href="javascript:alert(1)">link</a>';
    const doc = { ...harborArticle, title: '<b>Not bold</b>', text, paragraphs: [{ start: 0, end: text.length }], sentences: [], actors: [], quotes: [], timexes: [], events: [] };
    const { article } = renderView({ doc, actors: actorMap(doc) });
    expect(article).toHaveTextContent(text);
    expect(article.querySelector('script, img, a[href^="javascript:"], b')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<b>Not bold</b>');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('says that the annotations are automatic', () => {
    renderView();
    expect(screen.getByText(/generated automatically/i)).toBeInTheDocument();
  });

  it('renders the whole text exactly once, whatever the overlapping annotations', () => {
    const { article } = renderView();
    const body = article.querySelector('.article-body')!;
    const paragraphs = within(body as HTMLElement).getAllByText((_, el) => el?.tagName === 'P');
    expect(paragraphs).toHaveLength(3);
    // Tooltips are extra text: remove them before comparing.
    const clone = body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[role="tooltip"]').forEach((t) => t.remove());
    const texts = [...clone.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts.join('\n\n')).toBe(harborArticle.text);
  });

  it('nests a mention inside a quote and a place inside a group mention', () => {
    const { article } = renderView();
    const org = within(article).getByText('Port Authority', { selector: '[data-actor-id="a2"]' });
    expect(org.closest('[data-quote-id="q2"]')).not.toBeNull();
    const place = within(article).getByText('Lindenholm', { selector: '[data-actor-id="a3"]' });
    expect(place.closest('[data-actor-id="a4"]')).not.toBeNull();
  });

  it('tells direct from indirect quotes with a label, and describes the speaker', () => {
    const { article } = renderView();
    const direct = article.querySelector<HTMLElement>('#quote-q2')!;
    expect(direct).toHaveAttribute('data-kind', 'direct');
    expect(direct).toHaveAccessibleDescription('Direct quote · Ada Brandt (said)');
    const indirect = article.querySelector<HTMLElement>('#quote-q3')!;
    expect(indirect).toHaveAccessibleDescription(/^Indirect quote · Lindenholm Port Authority/);
    expect(article.querySelector('#quote-q4')).toHaveAccessibleDescription(/Unknown speaker/);
  });

  it('lets the keyboard reach a quote and shows its speaker on focus', async () => {
    const { user, article, onSelectQuote } = renderView();
    const quote = article.querySelector<HTMLElement>('#quote-q1')!;
    quote.focus();
    expect(quote).toHaveFocus();
    expect(quote).toHaveAttribute('data-tip');
    await user.keyboard('{Enter}');
    expect(onSelectQuote).toHaveBeenCalledWith('q1');
    await user.keyboard('{Escape}');
    expect(quote).not.toHaveAttribute('data-tip');
  });

  it('shows a legend of actor types and a switch that hides the mentions', async () => {
    const { user, article } = renderView();
    const legend = screen.getByRole('list', { name: 'Actor types' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Person', 'Organization', 'Group', 'Place']);
    const toggle = screen.getByRole('switch', { name: 'Highlight actors' });
    expect(toggle).toBeChecked();
    expect(article.querySelectorAll('.article-body [data-actor-id]').length).toBeGreaterThan(0);
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(article.querySelectorAll('.article-body [data-actor-id]')).toHaveLength(0);
    expect(screen.queryByRole('list', { name: 'Actor types' })).not.toBeInTheDocument();
  });

  it('keeps the selected actor marked when the mentions are hidden', async () => {
    const { user, article } = renderView({ selectedActorIds: new Set(['a1']) });
    await user.click(screen.getByRole('switch', { name: 'Highlight actors' }));
    const marked = article.querySelectorAll('.article-body [data-actor-id]');
    expect([...marked].map((m) => m.getAttribute('data-actor-id'))).toEqual(['a1', 'a1']);
  });

  it('selects the actor of a clicked mention, and a clicked quote', async () => {
    const { user, article, onToggleActor, onSelectQuote } = renderView();
    await user.click(within(article).getByText('Ada Brandt', { selector: '[data-actor-id]' }));
    expect(onToggleActor).toHaveBeenCalledWith('a1');
    await user.click(within(article).getByText('repairs began in August 2020'));
    expect(onSelectQuote).toHaveBeenCalledWith('q3');
  });

  it('highlights the selected quote and the sentence of the focused event', () => {
    const { article } = renderView({ selectedQuoteId: 'q3', focusedEventId: 'e2' });
    expect(article.querySelector('#quote-q3')).toHaveAttribute('data-selected');
    expect(article.querySelector('#event-e2')).toHaveTextContent('The Lindenholm Port Authority said repairs began in August 2020.');
  });
});

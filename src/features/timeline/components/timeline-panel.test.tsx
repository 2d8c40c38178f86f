import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actorMap } from '../../../lib/annotations.ts';
import { harborArticle } from '../../../lib/test/fixtures.ts';
import { TimelinePanel } from './timeline-panel.tsx';

const actors = actorMap(harborArticle);

describe('TimelinePanel', () => {
  it('orders events chronologically with labels at their precision', () => {
    render(<TimelinePanel doc={harborArticle} actors={actors} selectedActorIds={new Set()} focusedEventId={null} onFocusEvent={() => {}} />);
    const items = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    const times = items.map((li) => li.querySelector('time')!);
    expect(times.map((t) => t.textContent)).toEqual(['1990s', 'Aug 2020', 'Week of 31 Aug 2020', 'Thu 10 Sep 2020', 'Thu 10 Sep 2020']);
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['1990', '2020-08', '2020-W36', '2020-09-10', '2020-09-10']);
  });

  it('marks the publication and names the actors of each event', () => {
    render(<TimelinePanel doc={harborArticle} actors={actors} selectedActorIds={new Set()} focusedEventId={null} onFocusEvent={() => {}} />);
    const published = screen.getByText('Published').closest('li')!;
    expect(published).toHaveTextContent('Article published');
    const said = screen.getByRole('button', { name: 'Brandt says the pier will be rebuilt' }).closest('li')!;
    expect(said).toHaveTextContent('Ada Brandt · Lindenholm Port Authority');
  });

  it('shows the selected actor events (and the publication), and says when there are none', () => {
    const { rerender } = render(
      <TimelinePanel doc={harborArticle} actors={actors} selectedActorIds={new Set(['a2'])} focusedEventId={null} onFocusEvent={() => {}} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    rerender(<TimelinePanel doc={harborArticle} actors={actors} selectedActorIds={new Set(['a3'])} focusedEventId={null} onFocusEvent={() => {}} />);
    expect(screen.getByText('No dated events involve the selected actors.')).toBeInTheDocument();
  });

  it('asks to show an event in the text on click', async () => {
    const onFocusEvent = vi.fn();
    render(<TimelinePanel doc={harborArticle} actors={actors} selectedActorIds={new Set()} focusedEventId={null} onFocusEvent={onFocusEvent} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Repairs begin' }));
    expect(onFocusEvent).toHaveBeenCalledWith('e2');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { harborArticle } from '../../../lib/test/fixtures.ts';
import { ActorsPanel } from './actors-panel.tsx';

describe('ActorsPanel', () => {
  it('groups actors by type with role and counts; names begin the button names', () => {
    render(<ActorsPanel doc={harborArticle} selectedActorIds={new Set(['a1'])} onToggleActor={() => {}} />);
    const people = screen.getByRole('region', { name: 'People' });
    const brandt = within(people).getByRole('button', { name: /^Ada Brandt/ });
    expect(brandt).toHaveAccessibleName('Ada Brandt, Mayor: 2 quotes, 2 mentions');
    expect(brandt).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('region', { name: 'Organizations' })).getByRole('button', { name: /^Lindenholm Port Authority/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['People', 'Organizations', 'Groups', 'Places']);
  });

  it('puts the most prominent actors first', () => {
    const doc = {
      ...harborArticle,
      actors: [
        { ...harborArticle.actors[2]!, id: 'p1' as never, name: 'Quiet Town', mentions: harborArticle.actors[2]!.mentions },
        { ...harborArticle.actors[2]!, id: 'p2' as never, name: 'Busy Town', mentions: [...harborArticle.actors[0]!.mentions, ...harborArticle.actors[2]!.mentions] },
      ],
      quotes: [],
    };
    render(<ActorsPanel doc={doc} selectedActorIds={new Set()} onToggleActor={() => {}} />);
    const names = within(screen.getByRole('region', { name: 'Places' }))
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label')?.split(':')[0]);
    expect(names).toEqual(['Busy Town', 'Quiet Town']);
  });

  it('filters the list by name or role', async () => {
    const user = userEvent.setup();
    render(<ActorsPanel doc={harborArticle} selectedActorIds={new Set()} onToggleActor={() => {}} />);
    const box = screen.getByRole('searchbox', { name: 'Filter actors' });
    await user.type(box, 'mayor');
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Ada Brandt, Mayor: 2 quotes, 2 mentions']);
    await user.clear(box);
    await user.type(box, 'zzz');
    expect(screen.getByText('No actor matches “zzz”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('toggles an actor on click', async () => {
    const onToggleActor = vi.fn();
    render(<ActorsPanel doc={harborArticle} selectedActorIds={new Set()} onToggleActor={onToggleActor} />);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Residents/ }));
    expect(onToggleActor).toHaveBeenCalledWith('a4');
  });
});

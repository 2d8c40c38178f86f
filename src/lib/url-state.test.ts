import { currentSearch, flushUrlWrites, navigate, parseUrlState, serializeUrlState, subscribeToUrl } from './url-state.ts';

describe('url state', () => {
  it('reads the article, the actors and the quote', () => {
    expect(parseUrlState('?article=a1&actors=x,y,x&quote=q3')).toEqual({ article: 'a1', actors: ['x', 'y'], quote: 'q3' });
  });
  it('reads an empty query as an empty state', () => {
    expect(parseUrlState('')).toEqual({ article: null, actors: [], quote: null });
  });
  it('writes readable query strings and round-trips', () => {
    const state = { article: 'a 1', actors: ['x', 'y'], quote: 'q3' };
    expect(serializeUrlState(state)).toBe('?article=a%201&actors=x,y&quote=q3');
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    expect(serializeUrlState({ article: null, actors: [], quote: null })).toBe('');
    expect(serializeUrlState({ article: 'x', actors: ['person:ada-brandt', 'a,b'], quote: null })).toBe('?article=x&actors=person:ada-brandt,a%2Cb');
    expect(parseUrlState('?article=x&actors=person:ada-brandt,a%2Cb').actors).toEqual(['person:ada-brandt', 'a,b']);
  });

  it('changes the state at once and writes the address bar after the next frame', async () => {
    flushUrlWrites();
    window.history.replaceState(null, '', '/');
    const seen: string[] = [];
    const unsubscribe = subscribeToUrl(() => seen.push(currentSearch()));
    navigate({ article: 'a 1', actors: ['x'], quote: null });
    expect(seen).toEqual(['?article=a%201&actors=x']);
    expect(currentSearch()).toBe('?article=a%201&actors=x');
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toBe('?article=a%201&actors=x'));
    expect(currentSearch()).toBe('?article=a%201&actors=x');
    unsubscribe();
  });

  it('keeps each navigation as its own history entry, in order', () => {
    flushUrlWrites();
    window.history.replaceState(null, '', '/');
    const before = window.history.length;
    navigate({ article: 'a', actors: [], quote: null });
    navigate({ article: 'a', actors: ['x'], quote: null });
    navigate({ article: 'a', actors: ['y'], quote: null }, { replace: true });
    flushUrlWrites();
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?article=a&actors=y');
  });
});

import { parseUrlState, serializeUrlState } from './url-state.ts';

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
});

import { useMemo } from 'react';
import type { Actor, ActorType, ArticleDoc } from '../../../core/types.ts';
import { ACTOR_TYPES } from '../../../lib/annotations.ts';

export interface ActorEntry {
  actor: Actor;
  quotes: number;
  mentions: number;
  /** Position of the first mention: earlier breaks ties. */
  first: number;
}

export interface ActorGroup {
  type: ActorType;
  entries: ActorEntry[];
}

const prominence = (e: ActorEntry) => e.quotes * 2 + e.mentions;

/** Actors grouped by type, the most prominent first (quotes weigh double), filtered by name or role. */
export function groupActors(doc: ArticleDoc, filter: string): ActorGroup[] {
  const quoteCounts = new Map<string, number>();
  for (const q of doc.quotes) if (q.actorId) quoteCounts.set(q.actorId, (quoteCounts.get(q.actorId) ?? 0) + 1);
  const needle = filter.trim().toLocaleLowerCase();
  const entries = doc.actors
    .filter((a) => !needle || a.name.toLocaleLowerCase().includes(needle) || (a.role ?? '').toLocaleLowerCase().includes(needle))
    .map((actor) => ({
      actor,
      quotes: quoteCounts.get(actor.id) ?? 0,
      mentions: actor.mentions.length,
      first: Math.min(Infinity, ...actor.mentions.map((m) => m.start)),
    }));
  return ACTOR_TYPES.map((type) => ({
    type,
    entries: entries
      .filter((e) => e.actor.type === type)
      .sort((a, b) => prominence(b) - prominence(a) || a.first - b.first || a.actor.name.localeCompare(b.actor.name)),
  })).filter((g) => g.entries.length > 0);
}

export function useActorGroups(doc: ArticleDoc, filter: string): ActorGroup[] {
  return useMemo(() => groupActors(doc, filter), [doc, filter]);
}

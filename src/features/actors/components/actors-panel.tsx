import { memo, useId, useState } from 'react';
import type { ArticleDoc } from '../../../core/types.ts';
import { ACTOR_TYPE_PLURAL, plural } from '../../../lib/annotations.ts';
import { useActorGroups, type ActorEntry } from '../hooks/use-actor-groups.ts';

export interface ActorsPanelProps {
  doc: ArticleDoc;
  selectedActorIds: ReadonlySet<string>;
  onToggleActor: (id: string) => void;
}

/** Actors by type; each is a toggle button that filters quotes, text and timeline. */
export function ActorsPanel({ doc, selectedActorIds, onToggleActor }: ActorsPanelProps) {
  const [filter, setFilter] = useState('');
  const groups = useActorGroups(doc, filter);
  const inputId = useId();
  const headingId = useId();

  return (
    <aside aria-label="Actors" className="panel">
      <h2 id={headingId} className="panel-title">
        Actors <span className="font-normal text-muted">({doc.actors.length})</span>
      </h2>
      {doc.actors.length === 0 ? (
        <p className="text-sm text-muted">No actors were found in this article.</p>
      ) : (
        <>
          <label htmlFor={inputId} className="mt-2 block text-sm font-medium text-ink">
            Filter actors
          </label>
          <input
            id={inputId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filter) {
                e.stopPropagation();
                e.nativeEvent.stopImmediatePropagation();
                setFilter('');
              }
            }}
            className="input mt-1 w-full"
            autoComplete="off"
            spellCheck={false}
          />
          {groups.length === 0 && <p className="mt-3 text-sm text-muted">No actor matches “{filter.trim()}”.</p>}
          <div className="actor-groups">
            {groups.map((group) => (
              <section key={group.type} aria-label={ACTOR_TYPE_PLURAL[group.type]} className="mt-4">
                <h3 className="flex items-center gap-2 text-xs font-semibold tracking-wide text-muted uppercase">
                  <span className="mention legend-dot" data-type={group.type} aria-hidden="true" />
                  {ACTOR_TYPE_PLURAL[group.type]}
                </h3>
                <ul className="actor-list mt-1 space-y-1">
                  {group.entries.map((entry) => (
                    <li key={entry.actor.id}>
                      <ActorButton entry={entry} pressed={selectedActorIds.has(entry.actor.id)} onToggleActor={onToggleActor} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </aside>
  );
}

/** One actor's toggle; memoized, so a filter change re-renders only the buttons whose state changes. */
const ActorButton = memo(function ActorButton({ entry, pressed, onToggleActor }: { entry: ActorEntry; pressed: boolean; onToggleActor: (id: string) => void }) {
  const { actor, quotes, mentions } = entry;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={`${actor.name}${actor.role ? `, ${actor.role}` : ''}: ${plural(quotes, 'quote')}, ${plural(mentions, 'mention')}`}
      className="actor-button"
      onClick={() => onToggleActor(actor.id)}
    >
      <span className="block font-semibold text-ink">{actor.name}</span>
      {actor.role && <span className="actor-role text-sm text-muted">{actor.role}</span>}
      <span className="actor-counts block text-xs text-muted">
        {plural(quotes, 'quote')}, {plural(mentions, 'mention')}
      </span>
    </button>
  );
});

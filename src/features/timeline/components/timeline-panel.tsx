import { memo, useMemo } from 'react';
import type { Actor, ArticleDoc, TimelineEvent } from '../../../core/types.ts';
import { eventsOf } from '../../../lib/annotations.ts';
import { formatEventDate } from '../../../lib/dates.ts';

export interface TimelinePanelProps {
  doc: ArticleDoc;
  actors: ReadonlyMap<string, Actor>;
  selectedActorIds: ReadonlySet<string>;
  focusedEventId: string | null;
  onFocusEvent: (id: string) => void;
}

const chronological = (a: TimelineEvent, b: TimelineEvent) =>
  a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.span.start - b.span.start;

/** Dated events in order, at the precision the text gives; the publication is marked. Items are memoized. */
export function TimelinePanel({ doc, actors, selectedActorIds, focusedEventId, onFocusEvent }: TimelinePanelProps) {
  const filtering = selectedActorIds.size > 0;
  const events = useMemo(() => [...eventsOf(doc, selectedActorIds)].sort(chronological), [doc, selectedActorIds]);
  const actorEvents = events.filter((e) => e.kind !== 'publication').length;

  return (
    <section aria-label="Timeline" className="panel">
      <h2 className="panel-title">Timeline</h2>
      {filtering && actorEvents === 0 && <p className="empty-state">No dated events involve the selected actors.</p>}
      {events.length === 0 && !filtering ? (
        <p className="empty-state">No dated events were found in this article.</p>
      ) : (
        <ol className="timeline mt-3">
          {events.map((event) => (
            <li key={event.id} className="timeline-item" data-kind={event.kind} data-current={event.id === focusedEventId || undefined}>
              <EventContent event={event} actors={actors} onFocusEvent={onFocusEvent} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

interface EventContentProps {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  onFocusEvent: (id: string) => void;
}

const EventContent = memo(function EventContent({ event, actors, onFocusEvent }: EventContentProps) {
  const { label, dateTime } = formatEventDate(event.date);
  const publication = event.kind === 'publication';
  const names = event.actorIds.map((id) => actors.get(id)?.name).filter((n): n is string => Boolean(n));
  return (
    <>
      <time dateTime={dateTime} className="text-sm font-semibold text-ink">
        {label}
      </time>
      {publication && <span className="kind-badge ml-2">Published</span>}
      <button type="button" className="timeline-button" onClick={() => onFocusEvent(event.id)}>
        {event.summary || (publication ? 'Publication of this article' : 'Show in the text')}
      </button>
      {names.length > 0 && (
        <p className="text-xs text-muted">
          <span className="sr-only">Actors: </span>
          {names.join(' · ')}
        </p>
      )}
    </>
  );
});

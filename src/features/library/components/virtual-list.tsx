import { useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Height of every row in pixels (rows are laid out to fit it). */
  rowHeight: number;
  /** Lists up to this long are rendered whole; longer ones are windowed. */
  threshold?: number;
  /** Height of the scrolling box when windowed. */
  viewportHeight?: number;
  overscan?: number;
  className?: string;
}

/**
 * A list that renders only the rows in view once it is long: a scrolling box of fixed height with
 * spacers above and below. Short lists render every row, as a plain list. Each row keeps its
 * position and the total (aria-posinset/aria-setsize) for assistive technologies.
 */
export function VirtualList<T>({ items, itemKey, renderItem, rowHeight, threshold = 60, viewportHeight = 640, overscan = 6, className }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  if (items.length <= threshold) {
    return (
      <ul className={className}>
        {items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item)}</li>
        ))}
      </ul>
    );
  }
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return (
    <div
      className="overflow-y-auto overscroll-contain"
      style={{ maxHeight: viewportHeight }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="virtual-scroller"
      // A scrolling box must be reachable by keyboard to scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <ul className={className} style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <li
            key={itemKey(item)}
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
            style={{ position: 'absolute', top: (first + i) * rowHeight, left: 0, right: 0, height: rowHeight, overflow: 'hidden' }}
          >
            {renderItem(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}

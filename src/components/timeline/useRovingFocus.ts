import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Roving tabindex over the timeline's marks: the one tabbable mark is the focused one, else the
 * selected one, else the first drawn. `focusEvent` moves focus to an event's mark once it is drawn
 * (after a key or a cluster zoom the mark may only exist on the next render). A new selection (a
 * click, a presentation step, a deep link) is scrolled into view once: in presentation the stage
 * above the caption may be shorter than the lanes.
 */
export function useRovingFocus(
  rootRef: RefObject<HTMLElement | null>,
  markOfId: (eventId: string) => string | undefined,
  selectedId: string | null,
  firstId: string | undefined,
): { tabbableId: string | undefined; focusEvent: (eventId: string) => void } {
  const [focusId, setFocusId] = useState<string | null>(null);
  const pendingFocus = useRef(false);
  const focusEvent = useCallback((id: string) => {
    pendingFocus.current = true;
    setFocusId(id);
  }, []);
  const tabbableId =
    (focusId && markOfId(focusId)) ?? (selectedId && markOfId(selectedId)) ?? firstId ?? undefined;
  useEffect(() => {
    if (!pendingFocus.current || !tabbableId) return;
    const node = rootRef.current?.querySelector<SVGGElement>(`[data-mark-id="${tabbableId}"]`);
    if (node) {
      node.focus();
      pendingFocus.current = false;
    }
  });

  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || scrolledTo.current === selectedId) return;
    const id = markOfId(selectedId);
    const node = id && rootRef.current?.querySelector(`[data-mark-id="${CSS.escape(id)}"]`);
    if (!node) return;
    scrolledTo.current = selectedId;
    node.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });
  return { tabbableId, focusEvent };
}

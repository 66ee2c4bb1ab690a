import { useEffect, useState } from 'react';

/** Wait before announcing a range: zooming fires many changes; only the resting one matters. */
const SETTLE_MS = 700;

/**
 * One polite live region: announces the latest message after it settles, so screen readers
 * hear the selected event or the visible range without chatter during a zoom.
 */
export function LiveAnnouncer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setSpoken(message), SETTLE_MS);
    return () => clearTimeout(id);
  }, [message]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {spoken}
    </div>
  );
}

import { useCallback, useMemo } from 'react';
import { timeToX, type Domain } from '../../timeline/domain';
import { createTimeWarp, type TimeWarp } from '../../timeline/timeWarp';
import type { TimelineItems } from '../../timeline/toTimelineItems';

/**
 * Layout, zoom and keys work in warped time (empty stretches compressed); the domain in and out
 * stays real UTC ms. The warp is `given`, or built from the events; `domain` and `full` are real
 * UTC ms, and `x` gives the pixel of a real time in the warped view.
 */
export function useWarpedScale(
  data: TimelineItems,
  given: TimeWarp | undefined,
  domain: Domain,
  full: Domain,
  widthPx: number,
) {
  const [d0, d1] = domain;
  const [f0, f1] = full;
  const ownWarp = useMemo(() => createTimeWarp(data.items), [data]);
  const warp = given ?? ownWarp;
  const wDomain = useMemo<Domain>(() => [warp.toWarped(d0), warp.toWarped(d1)], [warp, d0, d1]);
  const wFull = useMemo<Domain>(() => [warp.toWarped(f0), warp.toWarped(f1)], [warp, f0, f1]);
  const x = useCallback(
    (ms: number) => timeToX(warp.toWarped(ms), wDomain, widthPx),
    [warp, wDomain, widthPx],
  );
  const fromWarped = useCallback(
    (w: Domain): Domain => [warp.fromWarped(w[0]), warp.fromWarped(w[1])],
    [warp],
  );
  return { warp, wDomain, wFull, x, fromWarped };
}

/**
 * The three timelines of bench:peers, each as a page on the bench server: where it lives, what on
 * the page means "events are drawn", and where the pointer zooms and drags. The peers' pages load
 * their library from node_modules and the events file from /data/, as a site would embed them.
 */
export interface Target {
  name: 'Shejire' | 'TimelineJS' | 'vis-timeline';
  /** Path and query of the page for n events. */
  path(n: number): string;
  /** Present once events are drawn (the first frame after it appears is "first render"). */
  drawn: string;
  /** Present once the live timeline's events are drawn (the user can zoom and drag them). */
  interactive: string;
  /** The element at whose centre the wheel zooms and the drag starts. */
  surface: string;
  /** TimelineJS has no wheel zoom (a vertical wheel is ignored): its zoom is not measured. */
  wheelZooms: boolean;
}

export const dataPath = (target: Target['name'], n: number) =>
  `/data/${target.replace(/\W/gu, '').toLowerCase()}-${n}.json`;

const LIVE = '.shejire-timeline [data-mark-id], .shejire-timeline canvas.tl-canvas';

export const TARGETS: Target[] = [
  {
    name: 'Shejire',
    path: (n) => `/app/?lang=kk&data=${encodeURIComponent(dataPath('Shejire', n))}`,
    // The first view the first-load script draws from the file (src/firstPaint), then the app's.
    drawn: `[data-first-view="data"] circle, ${LIVE}`,
    interactive: LIVE,
    surface: '.shejire-timeline svg.tl-svg',
    wheelZooms: true,
  },
  {
    name: 'TimelineJS',
    path: (n) => `/peers/timelinejs.html?n=${n}`,
    drawn: '.tl-timemarker',
    interactive: '.tl-timemarker',
    surface: '.tl-timenav',
    wheelZooms: false,
  },
  {
    name: 'vis-timeline',
    path: (n) => `/peers/vis-timeline.html?n=${n}`,
    drawn: '.vis-item',
    interactive: '.vis-item',
    surface: '.vis-panel.vis-center',
    wheelZooms: true,
  },
];

const page = (head: string, body: string) =>
  `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>bench</title>${head}` +
  `<style>html,body{margin:0}</style></head><body>${body}</body></html>`;

/** The peers' pages: default options except what keeps every request on 127.0.0.1. */
export const PEER_PAGES: Record<string, string> = {
  '/peers/timelinejs.html': page(
    '<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script>',
    `<div id="tl" style="width:100%;height:800px"></div><script>
      const n = new URLSearchParams(location.search).get('n');
      // font: null and a local script_path: by default it loads a font and its locale from a CDN.
      window.timeline = new TL.Timeline('tl', '${dataPath('TimelineJS', 0).replace('-0.json', '')}-' + n + '.json',
        { font: null, script_path: '/tl/js/' });
    </script>`,
  ),
  '/peers/vis-timeline.html': page(
    '<link rel="stylesheet" href="/vis/styles/vis-timeline-graph2d.min.css">' +
      '<script src="/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>',
    `<div id="vis"></div><script>
      const n = new URLSearchParams(location.search).get('n');
      fetch('${dataPath('vis-timeline', 0).replace('-0.json', '')}-' + n + '.json')
        .then((r) => r.json())
        .then((d) => {
          window.timeline = new vis.Timeline(document.getElementById('vis'),
            new vis.DataSet(d.items), new vis.DataSet(d.groups), {});
        });
    </script>`,
  ),
};

// Page side of the region-map scenario: ONE map of n shapes in one cell (not n widgets).
// A contender calls defineMapBench({ render, count, hoverPoint }):
//   render(cell, spec)  — fetches spec.url (TopoJSON) itself and draws every shape of spec.object,
//                         filled by the class of its value; returns a promise resolved once drawn;
//   count(cell)         — how many region shapes the map shows (benchCheck must equal n);
//   hoverPoint(cell, spec) — client {x, y} of a point inside the region spec.hoverKey (after render).
// spec: { n, url, object, projection ('equal-earth' | 'identity'), rotate (degrees of longitude, d3's
//   `rotate([rotate, 0])`; the library picks the same centre itself), width, height, keys[], names[],
//   values[], valueOf: Map key → value, palette[], thresholds[] (4 quantize breaks), hoverKey,
//   hoverCoord }. A shape's key = its TopoJSON id, or its name where it has none (`shapeKey`).
// The runner then calls window.benchHoverPoint() and moves the (trusted) pointer there, and reads
// window.benchMutations() — distinct nodes mutated since window.benchObserve() (shadow roots included).

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The key the scenario gave a TopoJSON geometry / GeoJSON feature: its id, else its name. */
export const shapeKey = (g) => (g.id != null ? String(g.id) : String(g.properties?.name ?? ''));

/** Quantize [min, max] into `classes` equal intervals: the classes − 1 inner breaks (2 decimals). */
export function quantizeThresholds(values, classes) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Rounded to 2 decimals so every legend reads the same short numbers (all contenders use these).
  return Array.from(
    { length: classes - 1 },
    (_, i) => Math.round((min + ((max - min) * (i + 1)) / classes) * 100) / 100,
  );
}

/** Index of the class of v given ascending inner breaks (a value on a break belongs to the upper class). */
export function classIndex(thresholds, v) {
  let i = 0;
  while (i < thresholds.length && v >= thresholds[i]) i++;
  return i;
}

/** Fetches the atlas (the same call for every peer). */
export const fetchTopology = (url) => fetch(url).then((r) => r.json());

/** A point inside an SVG shape, in client coordinates: its bbox centre if inside, else a grid search. */
export function pointInside(shape) {
  if (!shape || typeof shape.getBBox !== 'function') return null;
  const box = shape.getBBox();
  const ctm = shape.getScreenCTM();
  if (!ctm) return null;
  const candidates = [[0.5, 0.5]];
  for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) candidates.push([i / 10, j / 10]);
  for (const [fx, fy] of candidates) {
    const p = new DOMPoint(box.x + box.width * fx, box.y + box.height * fy);
    if (typeof shape.isPointInFill !== 'function' || shape.isPointInFill(p)) {
      const c = p.matrixTransform(ctm);
      return { x: c.x, y: c.y };
    }
  }
  return null;
}

let current = null;

export function defineMapBench({ render, count, hoverPoint }) {
  window.benchRun = async (n, items) => {
    const dataset = items.datasets.find((d) => d.n === n) ?? items.datasets[0];
    const cell = document.createElement('div');
    cell.className = 'map-cell';
    cell.style.setProperty('width', `${dataset.width}px`);
    document.getElementById('root').append(cell);
    const spec = {
      ...dataset,
      palette: items.palette,
      valueOf: new Map(dataset.keys.map((k, i) => [k, dataset.values[i]])),
      thresholds: quantizeThresholds(dataset.values, items.classes),
    };
    current = { cell, spec };
    await render(cell, spec);
    await nextFrame();
    return n;
  };
  window.benchCheck = () => (current ? count(current.cell) : 0);
  window.benchHoverPoint = () => (current ? hoverPoint(current.cell, current.spec) : null);
}

// ---- mutation counting (hover) --------------------------------------------------------------

let observed = null;

function observeTree(root, observer, seen) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.shadowRoot && !seen.has(node.shadowRoot)) {
      seen.add(node.shadowRoot);
      observer.observe(node.shadowRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      stack.push(node.shadowRoot);
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}

/** Starts recording mutations of the document and of every open shadow root under #root. */
window.benchObserve = () => {
  const touched = new Set();
  const seen = new Set();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const x of r.addedNodes) touched.add(x);
        for (const x of r.removedNodes) touched.add(x);
      } else touched.add(r.target);
    }
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  observeTree(document.getElementById('root'), observer, seen);
  observed = { observer, touched };
};

/** Distinct nodes mutated since benchObserve() (records still queued are taken too). */
window.benchMutations = () => {
  if (!observed) return null;
  for (const r of observed.observer.takeRecords()) {
    if (r.type === 'childList') {
      for (const x of r.addedNodes) observed.touched.add(x);
      for (const x of r.removedNodes) observed.touched.add(x);
    } else observed.touched.add(r.target);
  }
  observed.observer.disconnect();
  return observed.touched.size;
};

/** Two frames: what the runner waits after a hover (and, without one, to measure its own cost). */
window.benchTwoFrames = async () => {
  await nextFrame();
  await nextFrame();
};

// How the benchmark drives <innovation-region-map> (shared by the dist and the from-source
// contenders), through the element contract: geo-src/object/projection/
// indicator attributes and a plan document whose regions are the atlas shapes (id = TopoJSON id, or
// the name where the shape has none; one synthetic value each for 2020). Rendered = every shape of
// the atlas drawn as a `[part~=region]` in the map's svg.
import { defineMapBench, pointInside } from '../shared/region-map-page.js';

const REGION_SELECTOR = '[part~=svg] [part~=region]';

const regionsDrawn = (el) => el.shadowRoot?.querySelectorAll(REGION_SELECTOR).length ?? 0;

function planFor(spec) {
  return {
    version: 1,
    plan: { id: 'bench-region-map', title: '基准测试：合成数据 (synthetic, seeded)' },
    indicators: [{ id: 'synthetic', name: '合成指标 (synthetic)', unit: '%' }],
    regions: spec.keys.map((id, i) => ({
      id,
      name: spec.names[i],
      values: { synthetic: [{ year: 2020, value: spec.values[i] }] },
    })),
  };
}

/**
 * Resolves once the map shows n regions; after an `innovation-data-error`, once the element has been
 * quiet (no DOM change) for 3 s; at the latest after 30 s (benchCheck then reports the shortfall
 * instead of the run hanging).
 */
function rendered(el, n) {
  return new Promise((resolve) => {
    let quiet = null;
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve();
    };
    const check = () => {
      if (regionsDrawn(el) >= n) finish();
      else if (quiet) {
        clearTimeout(quiet);
        quiet = setTimeout(finish, 3000);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(el.shadowRoot ?? el, { subtree: true, childList: true });
    const timer = setTimeout(finish, 30_000);
    el.addEventListener('innovation-data-error', () => {
      if (!quiet) quiet = setTimeout(finish, 3000);
    });
    el.updateComplete.then(check);
  });
}

export function defineLibraryMapBench() {
  defineMapBench({
    async render(cell, spec) {
      const el = document.createElement('innovation-region-map');
      el.setAttribute('geo-src', spec.url);
      el.setAttribute('object', spec.object);
      el.setAttribute('projection', spec.projection);
      el.setAttribute('indicator', 'synthetic');
      el.setAttribute('name-property', 'name');
      el.setAttribute('classify', 'quantize');
      el.setAttribute('classes', String(spec.palette.length));
      el.setAttribute('palette', spec.palette.join(','));
      el.setAttribute('locale', 'zh-CN');
      el.plan = planFor(spec);
      cell.append(el);
      await rendered(el, spec.n);
    },
    count: (cell) => {
      const el = cell.firstElementChild;
      if (!el?.shadowRoot) return 0;
      let drawn = 0;
      for (const p of el.shadowRoot.querySelectorAll(REGION_SELECTOR)) {
        const d = p.getAttribute('d') ?? p.querySelector('path')?.getAttribute('d');
        if (d) drawn++;
      }
      return drawn;
    },
    hoverPoint: (cell, spec) => {
      const region = cell.firstElementChild?.shadowRoot?.querySelector(
        `[part~=svg] [part~=region][data-id="${spec.hoverKey}"]`,
      );
      return pointInside(region?.tagName === 'path' ? region : (region?.querySelector('path') ?? region));
    },
  });
}

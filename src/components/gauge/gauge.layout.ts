/**
 * Pure layout of `<innovation-gauge>`: indicator + assessment + size → a plain `GaugeScene` (domain,
 * SVG paths, mark positions, every label already formatted, the aria-valuetext sentence, the notice).
 * No DOM: `render()` only maps the scene to SVG/HTML, and everything here is unit-tested in Node.
 */
import { nice } from './gauge.nice.js';
import {
  formatPace,
  formatRelativeTarget,
  formatStatus,
  formatTarget,
  formatValue,
  localize,
  messages,
  resolveLocale,
  formatAttribute,
} from '../../format/index.js';
import type { SupportedLocale } from '../../format/index.js';
import type {
  Assessment,
  Comparator,
  Indicator,
  Observation,
  Problem,
  ResolvedTarget,
  Status,
} from '../../model/types.js';
import { alongArrow, crossLine, crossTriangle, linearFrame, polarFrame, r2, s2 } from './gauge.geometry.js';
import type { Frame } from './gauge.geometry.js';
import {
  expectedValue,
  openSide,
  showsExpected,
  targetBand,
  targetPoints,
} from '../../layout/target-marks.js';
import { SCENE_WORDS, clamp01, finite, sourceOf, yearText } from '../../layout/scene.js';

export type GaugeVariant = 'arc' | 'ring' | 'linear';

export interface GaugeLayoutInput {
  indicator: Indicator | null;
  assessment: Assessment | null;
  locale: string;
  variant: GaugeVariant;
  /** Container width in CSS px (0 or missing → 240). */
  width: number;
  /** Container height in CSS px, when the page constrains it. */
  height?: number;
  /** Explicit scale ends in the indicator's unit. */
  min?: number | null;
  max?: number | null;
  /** Problems to list in the notice. */
  problems?: Problem[];
  /** Half-width of an `approx` band as a share of the target (default 0.05). */
  approxTolerance?: number;
}

/** A mark at one position: `s` along the track (0…1), `at` = angle in degrees (arc/ring) or x (linear). */
export interface GaugeMark {
  s: number;
  at: number;
  d: string;
  value: number;
}

export interface GaugeTargetMark extends GaugeMark {
  comparator: Comparator;
  /** Open-ended comparators: an arrow along the track towards the side that satisfies the target. */
  arrow: { d: string; dir: 1 | -1; filled: boolean } | null;
  /** approx (±tolerance) and between (value…max) bands. */
  band: { d: string; from: number; to: number } | null;
  /** True when the target lies outside an explicit min–max and is drawn at the end. */
  clamped: boolean;
}

export interface GaugeScene {
  variant: GaugeVariant;
  locale: SupportedLocale;
  /** SVG size and viewBox. */
  width: number;
  height: number;
  viewBox: string;
  /** Wide layout: the chart and the text side by side. */
  wide: boolean;
  /** Narrow layout (< 180 px): secondary labels are hidden. */
  compact: boolean;
  domain: [number, number];
  /** `decrease` indicators run from the high end: better is always further along the track. */
  reversed: boolean;
  /** Full-track path; for `ring` use fill-rule evenodd. */
  track: string;
  value: GaugeMark | null;
  /** Movement away from the target: the stretch between latest and baseline. */
  regress: { d: string; from: number; to: number } | null;
  target: GaugeTargetMark | null;
  baseline: GaugeMark | null;
  expected: GaugeMark | null;
  /** Marks for values clamped at a scale end. */
  overflow: Array<{ which: 'value' | 'target' | 'baseline'; side: 'start' | 'end'; d: string }>;
  /** The number in the middle of an arc/ring (`null` for linear: shown in the text). */
  valueText: { x: number; y: number; size: number; text: string } | null;
  status: Status | null;
  labels: {
    title: string;
    value: string;
    valueYear: string;
    target: string;
    baseline: string;
    expected: string;
    pace: string;
    status: string;
    overflow: string;
    regress: string;
  };
  chips: string[];
  badge: string;
  aria: { min: number; max: number; now: number; text: string };
  notice: { title: string; items: string[] } | null;
  source: { quote: string; locator: string; title: string; url: string } | null;
}

// Gauge-specific words (shared words come from `messages()`).
const WORDS = {
  'zh-CN': {
    ...SCENE_WORDS['zh-CN'],
    targetLabel: (t: string, y: string) => (y ? `目标 ${t}（${y}）` : `目标 ${t}`),
    baselineLabel: (v: string, y: string) => (y ? `基期 ${v}（${y}）` : `基期 ${v}`),
    expectedLabel: (v: string) => `此时应达 ${v}`,
    valueYear: (y: string) => `（${y}）`,
    overHigh: '超出刻度上限，已截断显示',
    overLow: '低于刻度下限，已截断显示',
    noData: '暂无数据',
    ariaTarget: (y: string, t: string) => `${y}目标 ${t}`,
    ariaValue: (name: string, v: string, y: string) => `${name}${name ? ' ' : ''}${v}${y ? `（${y}）` : ''}`,
    ariaBaseline: (v: string, y: string) => `基期 ${v}${y ? `（${y}）` : ''}`,
  },
  en: {
    ...SCENE_WORDS.en,
    targetLabel: (t: string, y: string) => (y ? `Target ${t} (${y})` : `Target ${t}`),
    baselineLabel: (v: string, y: string) => (y ? `Baseline ${v} (${y})` : `Baseline ${v}`),
    expectedLabel: (v: string) => `Expected by now ${v}`,
    valueYear: (y: string) => `(${y})`,
    overHigh: 'beyond the top of the scale, clipped',
    overLow: 'below the bottom of the scale, clipped',
    noData: 'no data',
    ariaTarget: (y: string, t: string) => (y ? `${y} target ${t}` : `target ${t}`),
    ariaValue: (name: string, v: string, y: string) => `${name}${name ? ' ' : ''}${v}${y ? ` (${y})` : ''}`,
    ariaBaseline: (v: string, y: string) => `baseline ${v}${y ? ` (${y})` : ''}`,
  },
} as const;

/**
 * The scale domain from the data: baseline, latest, target (and band) and any explicit min/max,
 * extended with d3's `nice` (5 ticks, the same steps as `scaleLinear().nice(5)`). Zero is included
 * when it is near (the smallest value is at most ⅔ of the largest), so 1.57 % → 2.5 % reads on 0–2.5,
 * never on 0–100, and 52.9 → 60 reads on 52–61 rather than as a sliver at the top of 0–60. Explicit
 * `min`/`max` are kept exactly.
 */
export function gaugeDomain(points: number[], min?: number | null, max?: number | null): [number, number] {
  const lo0 = finite(min) ? min : null;
  const hi0 = finite(max) ? max : null;
  if (lo0 !== null && hi0 !== null && lo0 < hi0) return [lo0, hi0];
  const data = points.filter(finite);
  if (lo0 !== null) data.push(lo0);
  if (hi0 !== null) data.push(hi0);
  if (data.length === 0) return [0, 1];
  let lo = Math.min(...data);
  let hi = Math.max(...data);
  if (lo0 === null && lo > 0 && (lo === hi || lo <= (hi * 2) / 3)) lo = 0;
  if (hi0 === null && hi < 0 && (lo === hi || hi >= (lo * 2) / 3)) hi = 0;
  if (lo === hi) {
    if (hi0 === null) hi = lo + 1;
    else lo = hi - 1;
  } else if (lo !== 0 && hi !== 0) {
    const pad = (hi - lo) * 0.1;
    if (lo0 === null) lo -= pad;
    if (hi0 === null) hi += pad;
  }
  const [a, b] = nice(lo, hi, 5);
  const out: [number, number] = [lo0 ?? clean(a), hi0 ?? clean(b)];
  return out[0] < out[1] ? out : [lo, hi];
}

/** Removes float noise (0.30000000000000004 → 0.3). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Rendered width of a string in em, on the wide side (measured on DejaVu Sans Bold with tabular
 * figures, wider than the usual system-ui faces): CJK/full-width 1, digits 0.7, `.,:;` 0.38,
 * `%` 1, capitals 0.82, other Latin 0.66, space 0.35.
 */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em +=
      c >= 0x2e80 || ch === '%'
        ? 1
        : NARROW.includes(ch)
          ? 0.38
          : ch === ' '
            ? 0.35
            : c >= 0x30 && c <= 0x39
              ? 0.7
              : (c >= 0x41 && c <= 0x5a) || CAPITAL_WIDE.includes(ch)
                ? 0.84
                : 0.66;
  }
  return em;
}
// Compared by code and `includes`, not a regular expression per character.
const NARROW = ".,:;'|!il";
const CAPITAL_WIDE = '~≥≤≈×';

/**
 * The largest font size (≤ `cap`) at which a one-line text `em` em wide fits inside a circle of
 * radius `r` (glyphs 0.8 em above and 0.1 em below the baseline). `above` = the baseline's offset
 * above the centre (arc: the text sits on the centre line); `null` = centred vertically (ring).
 */
export function fitInCircle(em: number, r: number, cap: number, above: number | null): number {
  if (!(r > 0) || !(em > 0)) return cap;
  let size: number;
  if (above === null) {
    size = r / Math.sqrt((em * em) / 4 + 0.2025);
  } else {
    // (em·s/2)² + (above + 0.8·s)² ≤ r²
    const a = (em * em) / 4 + 0.64;
    const b = 1.6 * above;
    const c = above * above - r * r;
    size = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
  }
  return Math.min(cap, Number.isFinite(size) ? size : cap);
}

function targetOf(indicator: Indicator | null, assessment: Assessment | null): ResolvedTarget | null {
  if (assessment?.target && finite(assessment.target.value)) return assessment.target;
  const t = indicator?.target;
  if (t && finite(t.value)) {
    return {
      year: t.year,
      value: t.value,
      max: finite(t.max) ? t.max : null,
      comparator: t.comparator,
      derived: false,
    };
  }
  return null;
}

function observedValues(indicator: Indicator | null): Observation[] {
  const list = indicator?.observations;
  return Array.isArray(list) ? list.filter((o) => o && finite(o.value)) : [];
}

let lastTrack: [variant: string, width: number, d: string] = ['', 0, ''];

/** Indicator + assessment + size → scene. Never throws on bad input (it returns an empty scene). */
export function layoutGauge(input: GaugeLayoutInput): GaugeScene {
  const locale = resolveLocale(input?.locale);
  const variant: GaugeVariant =
    input?.variant === 'ring' || input?.variant === 'linear' ? input.variant : 'arc';
  const W = finite(input?.width) && input.width > 0 ? Math.max(60, input.width) : 240;
  const words = WORDS[locale];
  const msg = messages(locale);
  const indicator = input?.indicator ?? null;
  const assessment = input?.assessment ?? null;
  const unit = typeof indicator?.unit === 'string' ? indicator.unit : '';
  const reversed = indicator?.direction === 'decrease';
  const tol = finite(input?.approxTolerance) && input.approxTolerance! >= 0 ? input.approxTolerance! : 0.05;

  // Data points.
  const obs = observedValues(indicator);
  const latest: Observation | null =
    assessment?.latest && finite(assessment.latest.value) ? assessment.latest : (obs[obs.length - 1] ?? null);
  const baseline: Observation | null =
    assessment?.baseline && finite(assessment.baseline.value) ? assessment.baseline : (obs[0] ?? null);
  const target = targetOf(indicator, assessment);
  const latestV = latest ? (latest.value as number) : null;
  const baselineV = baseline ? (baseline.value as number) : null;
  const band = targetBand(target, tol);
  const points: number[] = [];
  if (latestV !== null) points.push(latestV);
  if (baselineV !== null) points.push(baselineV);
  // The target, its band, and headroom on an open-ended target's open side.
  points.push(...targetPoints(target, tol));
  const domain = gaugeDomain(points, input?.min, input?.max);
  const [d0, d1] = domain;
  const raw = (v: number) => (d1 === d0 ? 0 : reversed ? (d1 - v) / (d1 - d0) : (v - d0) / (d1 - d0));
  const pos = (v: number) => Math.round(clamp01(raw(v)) * 10000) / 10000;
  const outside = (v: number): 'start' | 'end' | null =>
    raw(v) < -1e-9 ? 'start' : raw(v) > 1 + 1e-9 ? 'end' : null;

  // Sizes.
  const wide = variant !== 'linear' && W >= 440;
  const compact = W < 180;
  let frame: Frame;
  let svgW: number;
  let svgH: number;
  let valueText: GaugeScene['valueText'] = null;
  const valueString = latestV !== null ? formatValue(latestV, unit, locale) : words.noData;
  if (variant === 'linear') {
    svgW = W;
    const thickness = compact ? 8 : 10;
    const top = 16;
    frame = linearFrame(10, svgW - 10, top + thickness, thickness);
    svgH = top + thickness + 12;
  } else {
    svgW = wide ? Math.min(260, Math.round(W * 0.45)) : Math.min(W, 300);
    if (finite(input?.height) && input.height! > 0) {
      const maxByHeight = variant === 'arc' ? (input.height! - 20) * 2 : input.height! - 8;
      svgW = Math.max(60, Math.min(svgW, Math.round(maxByHeight)));
    }
    const pad = 12;
    const r1 = svgW / 2 - pad;
    const thickness = Math.max(8, Math.min(24, r1 * 0.2));
    const r0 = r1 - thickness;
    const cx = svgW / 2;
    const cy = variant === 'arc' ? pad + r1 : svgW / 2;
    frame =
      variant === 'arc'
        ? polarFrame(cx, cy, r0, thickness, -90, 90)
        : polarFrame(cx, cy, r0, thickness, 0, 360);
    svgH = variant === 'arc' ? Math.round(cy + pad) : svgW;
    const cap = r0 * 0.36 * (latestV === null ? 0.6 : 1); // "暂无数据" is a note, not a number
    // The value fits inside the inner radius, clear of the marks that reach 8 px inside the track.
    const size = Math.max(
      8,
      fitInCircle(textEm(valueString), r0 - 8, Math.min(cap, 40), variant === 'arc' ? 4 : null),
    );
    valueText = {
      x: r2(cx),
      y: r2(variant === 'arc' ? cy - 4 : cy + size * 0.35),
      size: r2(size),
      text: valueString,
    };
  }
  const T = frame.thickness;
  // The frame is fixed by variant and width, so gauges of one size share the last track drawn.
  // (Compared as they are: a number made a string would grow V8's number-string cache by 46 KB.)
  const track =
    lastTrack[0] === variant && lastTrack[1] === svgW
      ? lastTrack[2]
      : (lastTrack = [variant, svgW, frame.segment(0, 1, 0, T)])[2];

  // Value, regress, baseline, expected.
  const overflow: GaugeScene['overflow'] = [];
  const overflowMark = (which: 'value' | 'target' | 'baseline', side: 'start' | 'end') => {
    if (overflow.some((o) => o.side === side)) {
      overflow.push({ which, side, d: '' });
      return;
    }
    const s = side === 'end' ? 1 : 0;
    overflow.push({ which, side, d: alongArrow(frame, s, T / 2, side === 'end' ? 1 : -1, 2, 7, T / 2 + 2) });
  };
  let value: GaugeMark | null = null;
  if (latestV !== null) {
    const s = pos(latestV);
    value = { s, at: frame.at(s), d: frame.segment(0, s, 0, T), value: latestV };
    const side = outside(latestV);
    if (side) overflowMark('value', side);
  }
  let baselineMark: GaugeMark | null = null;
  if (baselineV !== null && baseline !== latest) {
    const s = pos(baselineV);
    baselineMark = { s, at: frame.at(s), d: crossLine(frame, s, -6, T * 0.6), value: baselineV };
    const side = outside(baselineV);
    if (side) overflowMark('baseline', side);
  }
  const progress = assessment?.progress;
  let regress: GaugeScene['regress'] = null;
  if (value && baselineMark && finite(progress) && progress < 0) {
    const a = Math.min(value.s, baselineMark.s);
    const b = Math.max(value.s, baselineMark.s);
    if (b > a) regress = { d: frame.segment(a, b, T * 0.2, T * 0.8), from: a, to: b };
  }
  let expected: GaugeMark | null = null;
  const expectedV =
    baselineV !== null && target && latest !== baseline && showsExpected(assessment?.status)
      ? expectedValue(baselineV, target.value, assessment?.expected ?? null)
      : null;
  if (expectedV !== null) {
    const s = pos(expectedV);
    expected = { s, at: frame.at(s), d: crossTriangle(frame, s, T + 1, T + 9, 4.5), value: expectedV };
  }

  // Target.
  let targetMark: GaugeTargetMark | null = null;
  if (target) {
    const s = pos(target.value);
    const side = outside(target.value);
    if (side) overflowMark('target', side);
    const c = target.comparator;
    let arrow: GaugeTargetMark['arrow'] = null;
    const open = openSide(c);
    if (open) {
      const dir: 1 | -1 = open * (reversed ? -1 : 1) === 1 ? 1 : -1;
      arrow = { d: alongArrow(frame, s, T + 7, dir, 1.5, 8, 4), dir, filled: c === 'gte' || c === 'lte' };
    }
    let bandMark: GaugeTargetMark['band'] = null;
    if (band) {
      const a = pos(band[0]);
      const b = pos(band[1]);
      bandMark = {
        d: frame.segment(Math.min(a, b), Math.max(a, b), -3, T + 3),
        from: Math.min(a, b),
        to: Math.max(a, b),
      };
    }
    targetMark = {
      s,
      at: frame.at(s),
      d: crossLine(frame, s, -5, T + 5),
      value: target.value,
      comparator: c,
      arrow,
      band: bandMark,
      clamped: side !== null,
    };
  }

  // Labels.
  const status: Status | null = assessment?.status ?? null;
  const statusText = status ? formatStatus(status, locale) : '';
  const title = localize(indicator?.name, locale);
  const valueYear = latest ? yearText(latest.year, locale) : '';
  const targetYear = target ? yearText(target.year, locale) : yearText(indicator?.target?.year, locale);
  const targetSymbol = target ? formatTarget(target, unit, locale, { symbol: true }) : '';
  const relative = indicator?.target?.relative ?? null;
  const targetLabel = target
    ? words.targetLabel(targetSymbol, targetYear)
    : relative
      ? words.targetLabel(formatRelativeTarget(relative, unit, locale), targetYear)
      : '';
  const baselineLabel =
    baselineMark && baseline
      ? words.baselineLabel(formatValue(baselineV!, unit, locale), yearText(baseline.year, locale))
      : '';
  const expectedLabel = expected ? words.expectedLabel(formatValue(expected.value, unit, locale)) : '';
  const pace = assessment?.pace && status !== 'achieved' ? formatPace(assessment.pace, unit, locale) : '';
  const valueSide = latestV !== null ? outside(latestV) : null;
  const overflowText = valueSide === 'end' ? words.overHigh : valueSide === 'start' ? words.overLow : '';
  const regressText = regress ? words.regress : '';

  const chips: string[] = [];
  if (relative) chips.push(formatRelativeTarget(relative, unit, locale));
  if (indicator?.target?.stretch) chips.push(msg.stretch);
  const alternatives = indicator?.alternatives?.length ?? 0;
  if (alternatives > 0) chips.push(words.alternatives(alternatives));
  const badge = indicator?.attribute === 'binding' ? formatAttribute('binding', locale) : '';

  // The sentence a screen reader hears.
  const parts: string[] = [];
  parts.push(
    latestV !== null
      ? words.ariaValue(title, valueString, valueYear)
      : words.ariaValue(title, words.noData, ''),
  );
  if (baselineMark && baseline) {
    parts.push(words.ariaBaseline(formatValue(baselineV!, unit, locale), yearText(baseline.year, locale)));
  }
  if (target) parts.push(words.ariaTarget(targetYear, formatTarget(target, unit, locale)));
  else if (relative) parts.push(words.ariaTarget(targetYear, formatRelativeTarget(relative, unit, locale)));
  if (statusText) parts.push(statusText);
  if (overflowText) parts.push(overflowText);
  if (regressText) parts.push(regressText);
  if (badge) parts.push(badge);
  const ariaText = parts.filter(Boolean).join(words.join);

  // Notice.
  const problems = Array.isArray(input?.problems)
    ? input.problems.filter((p) => p && typeof p.message === 'string')
    : [];
  const seen = new Set<string>();
  const items = problems.map((p) => p.message).filter((m) => (seen.has(m) ? false : (seen.add(m), true)));
  const notice =
    items.length > 0
      ? {
          title: words.notice,
          items: items.length > 3 ? [...items.slice(0, 3), words.more(items.length - 3)] : items,
        }
      : null;

  const ariaNow = latestV === null ? d0 : Math.min(d1, Math.max(d0, latestV));
  return {
    variant,
    locale,
    width: r2(svgW),
    height: r2(svgH),
    viewBox: `0 0 ${s2(svgW)} ${s2(svgH)}`,
    wide,
    compact,
    domain,
    reversed,
    track,
    value,
    regress,
    target: targetMark,
    baseline: baselineMark,
    expected,
    overflow,
    valueText,
    status,
    labels: {
      title,
      value: valueString,
      valueYear: valueYear ? words.valueYear(valueYear) : '',
      target: targetLabel,
      baseline: baselineLabel,
      expected: expectedLabel,
      pace,
      status: statusText,
      overflow: overflowText,
      regress: regressText,
    },
    chips,
    badge,
    aria: { min: d0, max: d1, now: ariaNow, text: ariaText },
    notice,
    source: sourceOf(indicator, latest),
  };
}

/**
 * `nice(start, stop, count)`: the domain extension of d3-array 3 (`d3.nice`, used by
 * `scaleLinear().nice(count)`), ported here so the standalone gauge does not pull d3-scale
 * (≈10.8 KB min+gzip with d3-interpolate/d3-format/d3-color) for one function. Unit tests check it
 * against `scaleLinear().domain([a, b]).nice(count)`. d3-array is ISC-licensed, © Mike Bostock.
 */
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power < 0 ? -Math.pow(10, -power) / factor : Math.pow(10, power) * factor;
}

/** Extends [start, stop] to round tick steps (about `count` ticks). Returns the input when it cannot. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let prestep: number | undefined;
  for (let guard = 0; guard < 10; guard++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - (i * step > start ? 1 : 0)) * step;
      stop = (j + (j * step < stop ? 1 : 0)) * step;
    } else {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - (i / s > start ? 1 : 0)) / s;
      stop = (j + (j / s < stop ? 1 : 0)) / s;
    }
    prestep = step;
  }
  return [start, stop];
}

/**
 * What the hand-drawn charts share: dated month ticks ("Jan 2027" / "2027年1月"), round value ticks, and the
 * months between two months. Pure: no React, no DOM.
 */
import { addMonths } from "../model/scenario";
import { formatMonth } from "./format";

/** Months from `from` to `to` ("2027-01" → "2027-04" is 3). */
export function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(to) - index(from);
}

/**
 * Where to label a monthly x-axis of `count` months starting at `first`: at most `maxTicks` labels,
 * every 1, 3, 6, 12 or 24 months, on the first and then on whole steps, each "Jan 2027"-style.
 */
export function monthTicks(first: string, count: number, maxTicks = 4): { index: number; label: string }[] {
  if (count <= 0) return [];
  const step = [1, 3, 6, 12, 24, 48].find((s) => Math.ceil(count / s) <= maxTicks) ?? Math.ceil(count / maxTicks);
  const ticks: { index: number; label: string }[] = [];
  for (let i = 0; i < count; i += step) ticks.push({ index: i, label: formatMonth(addMonths(first, i)) });
  return ticks;
}

/** Round ticks from 0 (or `min`) up to at least `max`: 0, 10K, 20K, 30K rather than 0, 14,532, 29,064. */
export function valueTicks(max: number, min = 0, target = 4): number[] {
  const span = Math.max(max - min, 1e-9);
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * The top of a chart's value axis that keeps most lines readable: one line far above the rest (an AI
 * billed per conversation at $2, say) would flatten every other. Lines whose highest value is more than
 * three times the median line's are left off the scale (and said so); the rest set the top.
 */
export function readableTop(lineMaxima: readonly number[]): { top: number; offScale: number[] } {
  if (lineMaxima.length < 3) return { top: Math.max(1, ...lineMaxima), offScale: [] };
  const sorted = [...lineMaxima].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const cutoff = 3 * Math.max(median, 1);
  const offScale = lineMaxima.map((m, i) => (m > cutoff ? i : -1)).filter((i) => i >= 0);
  const kept = lineMaxima.filter((m) => m <= cutoff);
  return { top: Math.max(1, ...kept), offScale };
}

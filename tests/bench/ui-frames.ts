import type { Browser, Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Which frame shows a toggle, read from a Chromium trace. Event Timing gives one number from the click
 * to the screen; the trace splits it: the wait for the frame that shows the change to begin (set by when
 * the click comes in the screen's beat, not by the page), and that frame's way from its start to the
 * screen (the rest of the click's task, paint, commit, raster, draw). The frame is nearly always the
 * first begun after the click: Chromium stretches a frame whose main thread is late rather than skip
 * it (a 30 ms handler gave 54 ms frames), so its time, not its rank, is what says "within one frame".
 */
export interface ToggleFrames {
  clicks: number;
  /** From the click reaching the page to the start of the frame that shows it (ms). */
  waits: number[];
  /** From that frame's start to its presentation (ms). */
  frameTimes: number[];
  /**
   * From the click reaching the page to that frame's presentation (ms). Not always the sum of the two above: a click that
   * comes while a frame has begun but its main-thread part has not yet run is drawn by that frame (a wait of 0).
   */
  toScreen: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  id2?: { local?: string };
  args?: { data?: { type?: string }; frame_reporter?: { state?: string } };
}

interface Span { name: string; id: string; start: number; end: number; state?: string }

/** Async begin/end pairs of the compositor's frame reporting, matched by name and id. */
function spansOf(events: TraceEvent[]): Span[] {
  const open = new Map<string, TraceEvent>();
  const spans: Span[] = [];
  for (const e of [...events].filter((e) => (e.ph === 'b' || e.ph === 'e') && e.id2?.local).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.name}/${e.id2?.local}`;
    const begin = open.get(key);
    if (e.ph === 'b') open.set(key, e);
    else if (begin) {
      open.delete(key);
      spans.push({ name: e.name, id: e.id2?.local ?? '', start: begin.ts, end: e.ts, state: begin.args?.frame_reporter?.state });
    }
  }
  return spans;
}

/** The frames of a trace and, for each click, the one that put its change on screen. */
export function framesOfClicks(events: TraceEvent[]): ToggleFrames {
  const spans = spansOf(events);
  const frames = spans.filter((s) => s.name === 'PipelineReporter');
  const mainUpdates = spans.filter((s) => s.name === 'SendBeginMainFrameToCommit');
  const clicks = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const result: ToggleFrames = { clicks: clicks.length, waits: [], frameTimes: [], toScreen: [] };
  for (const click of clicks) {
    const changed = click.ts + (click.dur ?? 0);
    // The first presented frame whose main-thread part (paint, commit) ran after the DOM changed.
    const shown = frames
      .filter((f) => f.state?.startsWith('STATE_PRESENTED') && f.end > changed)
      .find((f) => mainUpdates.some((m) => m.id === f.id && m.start >= f.start && m.end <= f.end && m.end > changed));
    if (!shown) continue;
    result.waits.push(Math.max(0, shown.start - click.ts) / 1000);
    result.frameTimes.push((shown.end - shown.start) / 1000);
    result.toScreen.push((shown.end - click.ts) / 1000);
  }
  return result;
}

/** Runs `clicks` under a trace of the compositor's frames and reads which frame showed each click. */
export async function traceToggleFrames(browser: Browser, page: Page, clicks: () => Promise<void>): Promise<ToggleFrames> {
  const path = join(tmpdir(), `collabnext-toggle-frames-${process.pid}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'cc', 'benchmark'] });
  try {
    await clicks();
  } finally {
    await browser.stopTracing();
  }
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  rmSync(path, { force: true });
  return framesOfClicks(events);
}

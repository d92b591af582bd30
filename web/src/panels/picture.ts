// The PNG for a report: the graph as drawn, re-rendered at 1x, 2x or 4x the screen's pixels,
// under a title and a summary line, with the legend beside it.
import type { DiploSigma } from '../view/renderer.js';
import type { LegendEntry } from './legend.js';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PictureText {
  title: string;
  summary: string;
  legend: LegendEntry[];
  note: string;
}

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif`;
const HEADER = 58;
const LEGEND_WIDTH = 230;

/**
 * Draws sigma's canvases at `scale` device pixels per CSS pixel: sigma takes its pixel ratio from
 * `window.devicePixelRatio` when it resizes, so the ratio is overridden for one synchronous
 * render, then restored.
 */
export function renderGraphPixels(sigma: DiploSigma, scale: number): HTMLCanvasElement {
  const container = sigma.getContainer();
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const base = window.devicePixelRatio || 1;
  const { width, height } = container.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(width * base * scale);
  out.height = Math.round(height * base * scale);
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => base * scale });
  try {
    sigma.resize(true);
    // A synchronous render, so the WebGL buffer is still valid when it is copied below.
    sigma.refresh();
    const ctx = out.getContext('2d')!;
    for (const canvas of container.querySelectorAll('canvas')) {
      if (canvas.width && canvas.height) ctx.drawImage(canvas, 0, 0, out.width, out.height);
    }
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    sigma.resize(true);
    sigma.refresh({ schedule: true });
  }
  return out;
}

/** Title and summary above, legend to the right, the graph in between; white background. */
export function composePicture(graph: HTMLCanvasElement, scale: number, text: PictureText): HTMLCanvasElement {
  const k = (window.devicePixelRatio || 1) * scale;
  const legendHeight = 40 + text.legend.length * 20 + 60;
  const out = document.createElement('canvas');
  out.width = graph.width + Math.round(LEGEND_WIDTH * k);
  out.height = Math.max(graph.height + Math.round(HEADER * k), Math.round((HEADER + legendHeight) * k));
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graph, 0, Math.round(HEADER * k));
  ctx.scale(k, k);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#111827';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(text.title, 24, 30, out.width / k - 48);
  ctx.fillStyle = '#4b5563';
  ctx.font = `12px ${FONT}`;
  ctx.fillText(text.summary, 24, 48, out.width / k - 48);
  ctx.strokeStyle = '#e2e8f0';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, HEADER - 0.5);
  ctx.lineTo(out.width / k, HEADER - 0.5);
  ctx.stroke();

  const x = graph.width / k + 12;
  let y = HEADER + 24;
  ctx.fillStyle = '#111827';
  ctx.font = `600 12px ${FONT}`;
  ctx.fillText('Legend', x, y);
  y += 20;
  ctx.font = `12px ${FONT}`;
  for (const entry of text.legend) {
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.line) {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(x, y - 4);
      ctx.lineTo(x + 22, y - 4);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(x + 11, y - 4, 5.5, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#111827';
    ctx.fillText(entry.text, x + 30, y, LEGEND_WIDTH - 48);
    y += 20;
  }
  ctx.fillStyle = '#4b5563';
  ctx.font = `11px ${FONT}`;
  for (const line of wrap(ctx, text.note, LEGEND_WIDTH - 24)) {
    y += 15;
    ctx.fillText(line, x, y);
  }
  return out;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

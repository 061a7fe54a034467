import { coord, formatTick, resolveState, textNode, tickValues, type NumberMarks, type Scene, type SceneNode, type Size } from '../kit/scene';
import { daysUntilEmpty, elapsedDays, remainingRounds } from './arithmetic';
import { STATES, type DrawdownState } from './states';

/** The numbers the drawdown draws and its labels in words, read from the ledger at build time (see index.ts). */
export interface DrawdownData {
  /** How the page's language writes the axis numbers (numberMarks, at build). */
  marks: NumberMarks;
  /** The words on the picture, in the page's language. */
  text: {
    xTitle: string;
    yTitle: string;
    russiaRate: string;
    russiaLasts: string;
    ukraineRate: string;
    ukraineLasts: string;
    russiaEnd: string;
    ukraineFastEnd: string;
    ukraineSlowEnd: string;
  };
  /** Rounds in the purchase. */
  stock: { value: number; display: string };
  /** Ukraine's rounds a day, as a range. */
  ukraineRate: { low: number; high: number; display: string };
  /** Russia's rounds a day. */
  russiaRate: { value: number; display: string };
  /** Ledger display of the days the purchase lasts at Ukraine's rate ("about 14 to 25"); `high` ends the day axis. */
  ukraineDays: { low: number; high: number; display: string };
  /** Ledger display of the days it lasts at Russia's rate ("about 5"). */
  russiaDays: { value: number; display: string };
}

/** Size of the drawing in viewBox units. */
export const DRAWDOWN_SIZE: Size = { width: 360, height: 364 };

/** Room kept for an end label ("4,000 a day"), so it sits above its line. */
const END_LABEL_WIDTH = 84;

const PLOT = { left: 66, right: 346, top: 128, bottom: 318 };

/** The day a drawdown state shows at `progress`: 0, progress × the last day, or the last day. */
export function dayShown(stateName: string, progress: number, lastDay: number): number {
  const { clock } = resolveState<DrawdownState>(STATES, stateName, 'drawdown');
  if (clock === 'start') return 0;
  if (clock === 'end') return lastDay;
  return elapsedDays(progress, lastDay);
}

/**
 * drawdownScene(data, state, size, progress) draws the purchase drawn down day by day: a line at
 * Russia's rate, a band between Ukraine's high and low rates, each drawn up to the day shown.
 * In "drawdown-run", progress 0..1 through the step is day 0 to the last day Ukraine's stock lasts.
 */
export function drawdownScene(data: DrawdownData, stateName: string, size: Size, progress: number): Scene {
  const stock = data.stock.value;
  const lastDay = data.ukraineDays.high;
  const day = dayShown(stateName, progress, lastDay);
  const plot = { ...PLOT, right: size.width - (DRAWDOWN_SIZE.width - PLOT.right), bottom: size.height - (DRAWDOWN_SIZE.height - PLOT.bottom) };
  const x = (d: number) => plot.left + (d / lastDay) * (plot.right - plot.left);
  const y = (rounds: number) => plot.bottom - (rounds / stock) * (plot.bottom - plot.top);
  const point = (d: number, rate: number) => `${coord(x(d))},${coord(y(remainingRounds(stock, rate, d)))}`;

  const russiaEnd = daysUntilEmpty(stock, data.russiaRate.value);
  const fastEnd = daysUntilEmpty(stock, data.ukraineRate.high);
  const slowEnd = daysUntilEmpty(stock, data.ukraineRate.low);
  // Every path keeps the same number of points whatever the day, so transitions interpolate cleanly.
  const line = (rate: number, end: number) => `M${point(0, rate)}L${point(Math.min(day, end), rate)}`;
  const bandDays = [0, Math.min(day, fastEnd), Math.min(day, slowEnd), day];
  const band = `M${bandDays.map((d) => point(d, data.ukraineRate.low)).join('L')}L${[...bandDays].reverse().map((d) => point(d, data.ukraineRate.high)).join('L')}Z`;
  const dot = (id: string, rate: number, className: string, end: number): SceneNode => {
    const d = Math.min(day, end);
    return {
      id,
      tag: 'circle',
      className: `dd-dot ${className}`,
      attrs: { cx: coord(x(d)), cy: coord(y(remainingRounds(stock, rate, d))), r: 4.5 },
      visible: true,
    };
  };
  const path = (id: string, d: string, className: string): SceneNode => ({ id, tag: 'path', className, attrs: { d }, visible: true });
  const rule = (id: string, x1: number, y1: number, x2: number, y2: number, className: string): SceneNode => ({
    id,
    tag: 'line',
    className,
    attrs: { x1: coord(x1), y1: coord(y1), x2: coord(x2), y2: coord(y2) },
    visible: true,
  });
  const tick = { kind: 'tick', facts: [] } as const;
  const value = (...facts: string[]) => ({ kind: 'value', facts }) as const;

  const nodes: SceneNode[] = [
    ...tickValues(stock, 2).flatMap((rounds) => [
      rule(`grid-${rounds}`, plot.left, y(rounds), plot.right, y(rounds), rounds === 0 ? 'dd-axis' : 'dd-grid'),
      textNode(`ytick-${rounds}`, plot.left - 6, y(rounds) + 5, formatTick(rounds, data.marks), 'dd-tick', true, tick, 'end'),
    ]),
    ...tickValues(lastDay, 5).map((d) => textNode(`xtick-${d}`, x(d), plot.bottom + 20, formatTick(d, data.marks), 'dd-tick', true, tick, 'middle')),
    textNode('xtitle', plot.right, plot.bottom + 42, data.text.xTitle, 'dd-tick', true, { kind: 'name', facts: [] }, 'end'),
    textNode('ytitle', 10, 18, data.text.yTitle, 'dd-title', true, value('purchase-rounds')),
    rule('russia-swatch', 10, 40, 34, 40, 'dd-line dd-line--russia'),
    textNode('russia-rate', 42, 45, data.text.russiaRate, 'dd-label', true, value('russia-daily-fire')),
    textNode('russia-lasts', 42, 63, data.text.russiaLasts, 'dd-label dd-label--result', day >= russiaEnd, value('days-purchase-russia')),
    { id: 'ukraine-swatch', tag: 'rect', className: 'dd-band', attrs: { x: 10, y: 80, width: 24, height: 12 }, visible: true },
    textNode('ukraine-rate', 42, 91, data.text.ukraineRate, 'dd-label', true, value('ukraine-daily-fire')),
    textNode('ukraine-lasts', 42, 109, data.text.ukraineLasts, 'dd-label dd-label--result', day >= slowEnd, value('days-purchase-ukraine')),
    path('ukraine-band', band, 'dd-band'),
    path('ukraine-slow-line', line(data.ukraineRate.low, slowEnd), 'dd-line dd-line--ukraine'),
    path('ukraine-fast-line', line(data.ukraineRate.high, fastEnd), 'dd-line dd-line--ukraine dd-line--dashed'),
    path('russia-line', line(data.russiaRate.value, russiaEnd), 'dd-line dd-line--russia'),
    dot('ukraine-slow-dot', data.ukraineRate.low, 'dd-dot--ukraine', slowEnd),
    dot('ukraine-fast-dot', data.ukraineRate.high, 'dd-dot--ukraine', fastEnd),
    dot('russia-dot', data.russiaRate.value, 'dd-dot--russia', russiaEnd),
    textNode('russia-end', x(russiaEnd) + 6, plot.bottom - 8, data.text.russiaEnd, 'dd-end', day >= russiaEnd, { kind: 'name', facts: [] }),
    textNode('ukraine-fast-end', x(fastEnd) + 6, plot.bottom - 8, data.text.ukraineFastEnd, 'dd-end', day >= fastEnd, value('ukraine-daily-fire')),
    textNode('ukraine-slow-end', x(slowEnd), y(remainingRounds(stock, data.ukraineRate.low, slowEnd - (END_LABEL_WIDTH * lastDay) / (plot.right - plot.left))) - 6, data.text.ukraineSlowEnd, 'dd-end', day >= slowEnd, value('ukraine-daily-fire'), 'end'),
  ];
  return { ...size, nodes };
}

import { isMetricId, type Figure, type MetricId } from './metrics.ts';

/** One limit from budgets.json: a figure must stay at or above `min` and/or at or below `max`. */
export interface Budget {
  metric: MetricId;
  /** Page keys the limit applies to; omitted: every measured page (never the baseline). */
  pages?: string[];
  min?: number;
  max?: number;
  /** Why this limit, in a few words (printed next to a breach). */
  why?: string;
}

/** A figure next to its limit and the baseline page's value of the same figure. */
export interface CheckedFigure {
  figure: Figure;
  budget?: Budget;
  /** True within budget, false on a breach, null when no budget applies. */
  ok: boolean | null;
  /** value / baseline value of the same figure; null when either is missing or the baseline is 0. */
  ratio: number | null;
}

/** The page key of the generated plain-HTML baseline, which figures are compared against. */
export const BASELINE_PAGE = 'baseline';

/** parseBudgets(json) validates the contents of budgets.json, naming the entry and field that is wrong. */
export function parseBudgets(json: unknown): Budget[] {
  const list = (json as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(list)) throw new Error('budgets.json: expected { "budgets": [ … ] }');
  return list.map((entry: unknown, index) => {
    const where = `budgets.json: budgets[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`);
    const { metric, pages, min, max, why } = entry as Record<string, unknown>;
    if (typeof metric !== 'string' || !isMetricId(metric)) throw new Error(`${where}.metric: unknown figure ${JSON.stringify(metric)}`);
    if (pages !== undefined && !(Array.isArray(pages) && pages.every((page) => typeof page === 'string'))) {
      throw new Error(`${where}.pages: expected a list of page keys`);
    }
    for (const [name, value] of [['min', min], ['max', max]] as const) {
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) throw new Error(`${where}.${name}: expected a number`);
    }
    if (min === undefined && max === undefined) throw new Error(`${where}: give min, max or both`);
    if (why !== undefined && typeof why !== 'string') throw new Error(`${where}.why: expected a string`);
    return { metric, pages: pages as string[] | undefined, min: min as number | undefined, max: max as number | undefined, why: why as string | undefined };
  });
}

/** budgetFor(budgets, figure) is the first budget that covers this figure on its page, if any. */
export function budgetFor(budgets: readonly Budget[], figure: Figure): Budget | undefined {
  if (figure.page === BASELINE_PAGE) return undefined;
  return budgets.find((budget) => budget.metric === figure.metric && (budget.pages === undefined || budget.pages.includes(figure.page)));
}

/** withinBudget(value, budget) is true when the value meets both limits; a missing value never does. */
export function withinBudget(value: number | null, budget: Budget): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  return (budget.min === undefined || value >= budget.min) && (budget.max === undefined || value <= budget.max);
}

/** checkBudgets(figures, budgets) pairs every figure with its budget, its verdict and its ratio to the baseline. */
export function checkBudgets(figures: readonly Figure[], budgets: readonly Budget[]): CheckedFigure[] {
  const baseline = new Map(figures.filter((figure) => figure.page === BASELINE_PAGE).map((figure) => [figure.metric, figure.value]));
  return figures.map((figure) => {
    const budget = budgetFor(budgets, figure);
    const base = baseline.get(figure.metric);
    const ratio = figure.value !== null && base !== undefined && base !== null && base !== 0 ? figure.value / base : null;
    return { figure, budget, ok: budget ? withinBudget(figure.value, budget) : null, ratio };
  });
}

/** breaches(checked) lists the figures outside their budget. */
export function breaches(checked: readonly CheckedFigure[]): CheckedFigure[] {
  return checked.filter((row) => row.ok === false);
}

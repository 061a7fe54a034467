import {
  blend,
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
  wcagContrast,
  type Color,
  type Rgb,
} from 'culori';

/** Ways of seeing a palette: normal vision and the three dichromacies. */
export const VISIONS = ['normal vision', 'deuteranopia', 'protanopia', 'tritanopia'] as const;

/** One of VISIONS. */
export type Vision = (typeof VISIONS)[number];

const toRgb = converter('rgb');
const toLinearRgb = converter('lrgb');
const ciede2000 = differenceCiede2000();

/**
 * Machado, Oliveira & Fernandes (2009) at severity 1 (dichromacy, the worst case), from culori. culori applies the
 * matrices to gamma-encoded sRGB; the model is defined on linear RGB (as the R package colorspace ≥ 2.0 and SVG
 * feColorMatrix filters, whose default color-interpolation-filters is linearRGB, apply it), so seenWith() hands the
 * filter linear values.
 */
const DICHROMACY: Record<Exclude<Vision, 'normal vision'>, (colour: Rgb) => Rgb> = {
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** parseColour(value, where) reads a CSS colour, failing with `where` (e.g. "src/styles/theme.css: --actor-poland") when it cannot. */
export function parseColour(value: string, where: string): Rgb {
  const parsed = parse(value);
  if (parsed === undefined) throw new Error(`${where}: "${value}" is not a CSS colour the palette check can read (write a literal colour, e.g. #0072b2)`);
  return toRgb(parsed);
}

/** seenWith(vision, colour) is the colour as a person with that vision sees it (simulated; unchanged for normal vision). */
export function seenWith(vision: Vision, colour: Color): Rgb {
  if (vision === 'normal vision') return toRgb(colour);
  const linear = toLinearRgb(colour);
  // Linear values go in under the 'rgb' label so culori applies its matrix to them without converting first.
  const simulated = DICHROMACY[vision]({ mode: 'rgb', r: linear.r, g: linear.g, b: linear.b });
  return toRgb({ mode: 'lrgb', r: clamp01(simulated.r), g: clamp01(simulated.g), b: clamp01(simulated.b) });
}

/** deltaE00(a, b) is the CIEDE2000 colour difference ΔE00 between two colours (about 1: just noticeable side by side). */
export function deltaE00(a: Color, b: Color): number {
  return ciede2000(a, b);
}

/** contrastRatio(a, b) is the WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Color, b: Color): number {
  return wcagContrast(a, b);
}

/** over(colour, background) is a translucent colour as painted on an opaque background (opaque colours unchanged). */
export function over(colour: Color, background: Color): Rgb {
  return toRgb(blend([background, colour], 'normal'));
}

/** hex(colour) writes a colour as #rrggbb, for messages. */
export function hex(colour: Color): string {
  return formatHex(colour);
}

/** Two named colours and how far apart they look. */
export interface PairDifference {
  first: string;
  second: string;
  /** ΔE00 between the two as seen with the vision asked for. */
  deltaE: number;
}

/** pairDifferences(colours, vision) is every pair of the named colours with its ΔE00 under that vision, closest pair first. */
export function pairDifferences(colours: Record<string, Color>, vision: Vision): PairDifference[] {
  const names = Object.keys(colours);
  const seen = new Map(names.map((name) => [name, seenWith(vision, colours[name]!)]));
  const pairs: PairDifference[] = [];
  names.forEach((first, index) => {
    for (const second of names.slice(index + 1)) pairs.push({ first, second, deltaE: deltaE00(seen.get(first)!, seen.get(second)!) });
  });
  return pairs.sort((a, b) => a.deltaE - b.deltaE);
}

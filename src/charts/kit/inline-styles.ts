import postcss, { type Rule } from 'postcss';

/**
 * Resolving a graphic's stylesheet into SVG presentation attributes, at build time, for picture files that must
 * look right with no stylesheet at all: resvg (which has no custom properties), and the CMSs and design tools
 * that strip or ignore an SVG's <style>. A scene is a flat list of nodes under one root, so the cascade needed
 * is small: selectors of the root's classes, then optionally a descendant compound (tag and classes) that
 * matches the node. Anything else in a graphic's stylesheet is an error naming the file and the selector,
 * never a silently unstyled picture.
 */

/** The properties a picture file carries: SVG paint and text properties (layout of the page is not its business). */
const SVG_PROPERTIES = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-dasharray',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
]);

/** Properties of the page's layout, which a stand-alone picture has no use for. */
const PAGE_PROPERTIES = new Set(['display', 'width', 'height', 'max-width', 'margin-inline', 'position', 'overflow']);

/** One compound selector: an optional tag and classes, all of which must match. */
interface Compound {
  tag?: string;
  classes: string[];
}

interface ParsedRule {
  /** The compound that must match the root (absent: the rule applies to the node itself, wherever it is). */
  ancestor?: Compound;
  subject: Compound;
  specificity: number;
  order: number;
  declarations: [property: string, value: string][];
}

/** An element to style: its tag and classes. */
export interface StyledElement {
  tag: string;
  classes: readonly string[];
}

function parseCompound(text: string, where: string): Compound {
  const match = /^([a-z]+)?((?:\.[\w-]+)*)$/.exec(text);
  if (!match || (!match[1] && !match[2])) throw new Error(`${where}: the selector part "${text}" is not a tag and classes, which is all a picture file can resolve`);
  return { tag: match[1], classes: match[2] ? match[2].slice(1).split('.') : [] };
}

const matches = (compound: Compound, element: StyledElement) =>
  (compound.tag === undefined || compound.tag === element.tag) && compound.classes.every((name) => element.classes.includes(name));

/** Parses stylesheets into rules, naming the file (its `where`) of anything it cannot resolve. */
function parseRules(sheets: readonly { css: string; where: string }[]): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const { css, where } of sheets) {
    const root = postcss.parse(css, { from: where });
    root.each((node) => {
      if (node.type === 'comment') return;
      if (node.type !== 'rule') throw new Error(`${where}: "@${node.type === 'atrule' ? node.name : node.type}" has no place in a graphic's stylesheet a picture file can resolve`);
      const rule = node as Rule;
      const declarations: [string, string][] = [];
      rule.each((child) => {
        if (child.type !== 'decl') return;
        const property = child.prop.toLowerCase();
        if (SVG_PROPERTIES.has(property) || property.startsWith('--')) declarations.push([property, child.value]);
        else if (!PAGE_PROPERTIES.has(property)) throw new Error(`${where}: "${rule.selector}" sets ${property}, which a picture file cannot carry`);
      });
      for (const selector of rule.selectors) {
        const parts = selector.trim().split(/\s+/);
        if (parts.length > 2) throw new Error(`${where}: "${selector}" nests deeper than root-then-node`);
        const compounds = parts.map((part) => parseCompound(part, `${where}: "${selector}"`));
        const subject = compounds[compounds.length - 1]!;
        const ancestor = compounds.length === 2 ? compounds[0] : undefined;
        const specificity = compounds.reduce((sum, compound) => sum + compound.classes.length * 10 + (compound.tag ? 1 : 0), 0);
        rules.push({ ancestor, subject, specificity, order: rules.length, declarations });
      }
    });
  }
  return rules;
}

/** Replaces every var(--name[, fallback]) with its value, failing on a name nothing defines. */
function resolveVars(value: string, custom: ReadonlyMap<string, string>, where: string, depth = 0): string {
  if (depth > 8) throw new Error(`${where}: custom properties refer to each other in a loop ("${value}")`);
  const resolved = value.replace(/var\(\s*--([\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (_, name: string, fallback?: string) => {
    const found = custom.get(name);
    if (found !== undefined) return resolveVars(found, custom, where, depth + 1);
    if (fallback !== undefined) return resolveVars(fallback.trim(), custom, where, depth + 1);
    throw new Error(`${where}: var(--${name}) is not defined in the theme (src/styles/theme.css) or the graphic's stylesheet`);
  });
  return /var\(/.test(resolved) ? resolveVars(resolved, custom, where, depth + 1) : resolved;
}

/**
 * styleResolver(sheets, tokens, root) returns, for any element of a scene drawn under `root` (the graphic's <svg>,
 * with its classes), the presentation attributes its stylesheets give it, with var() resolved from the element's
 * own custom properties and the theme's `tokens`. `inherited` is what the root itself gets (its font, say), to be
 * written on a group around the scene.
 */
export function styleResolver(
  sheets: readonly { css: string; where: string }[],
  tokens: Readonly<Record<string, string>>,
  root: StyledElement,
): { inherited: Record<string, string>; of: (element: StyledElement) => Record<string, string> } {
  const rules = parseRules(sheets);
  const where = sheets.map((sheet) => sheet.where).join(', ');
  const cascade = (element: StyledElement, isRoot: boolean) => {
    const applicable = rules
      .filter((rule) => matches(rule.subject, element) && (rule.ancestor ? !isRoot && matches(rule.ancestor, root) : true))
      .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    const declared = new Map<string, string>();
    for (const rule of applicable) for (const [property, value] of rule.declarations) declared.set(property, value);
    const custom = new Map<string, string>(Object.entries(tokens));
    for (const [property, value] of declared) if (property.startsWith('--')) custom.set(property.slice(2), value);
    const attributes: Record<string, string> = {};
    for (const [property, value] of declared) {
      if (!property.startsWith('--')) attributes[property] = resolveVars(value, custom, `${where}: ${property} of ${element.tag}.${element.classes.join('.')}`);
    }
    return attributes;
  };
  return { inherited: cascade(root, true), of: (element) => cascade(element, false) };
}

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLedger, LEDGER_PATH } from '../facts/ledger';
import { GLOSSARY_PATH, loadGlossary } from '../glossary/load';
import { findBareFigures } from './figures';
import type { GraphicStates } from './graphic-states';

interface Point {
  line: number;
  column: number;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: Point };
}
interface VFileLike {
  path?: string;
  cwd?: string;
}

/** Error raised while compiling a chapter, naming the file, line and problem. */
export class ChapterError extends Error {
  override name = 'ChapterError';
}

const SKIPPED_TYPES = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);

function where(file: VFileLike, node: MdNode): string {
  const path = file.path ? relative(file.cwd ?? process.cwd(), file.path) : '(unknown file)';
  const start = node.position?.start;
  return start ? `${path}:${start.line}:${start.column}` : path;
}

function literalAttribute(node: MdNode, name: string): string | undefined | null {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** Every node below `node`. */
function descendants(node: MdNode): MdNode[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** Walks the tree depth-first; `visit` returning false skips a node's children. */
function walk(node: MdNode, visit: (node: MdNode) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

/** Options of the chapter check. */
export interface ChapterCheckOptions {
  /** Path of the facts ledger, relative to the project root. */
  ledgerPath?: string;
  /** Path of the glossary, relative to the project root. */
  glossaryPath?: string;
  /** Every graphic's states (src/mdx/graphic-states.ts): with it, <Scrolly graphic> and <Step state> are checked too. */
  graphicStates?: GraphicStates;
}

/**
 * checkGraphicBlock(node, file, states) checks one <Scrolly>: a literal, known `graphic`, at least one
 * <Step>, and every <Step state> one of that graphic's states. Throws naming the file and line.
 */
function checkGraphicBlock(node: MdNode, file: VFileLike, states: GraphicStates): void {
  const graphic = literalAttribute(node, 'graphic');
  if (graphic === undefined) throw new ChapterError(`${where(file, node)}: <Scrolly> is missing its graphic attribute`);
  if (graphic === null) throw new ChapterError(`${where(file, node)}: <Scrolly graphic> must be a literal string`);
  const own = states.get(graphic);
  if (!own) throw new ChapterError(`${where(file, node)}: unknown graphic "${graphic}" in <Scrolly graphic="${graphic}"> (known: ${[...states.keys()].join(', ')})`);
  let steps = 0;
  walk({ type: 'fragment', children: node.children }, (child) => {
    if (child === node) return true;
    if (!isJsxElement(child)) return true;
    if (child.name === 'Scrolly') throw new ChapterError(`${where(file, child)}: <Scrolly> inside <Scrolly graphic="${graphic}">; blocks do not nest`);
    if (child.name !== 'Step') return true;
    steps += 1;
    const state = literalAttribute(child, 'state');
    if (state === undefined) throw new ChapterError(`${where(file, child)}: <Step> is missing its state attribute`);
    if (state === null) throw new ChapterError(`${where(file, child)}: <Step state> must be a literal string`);
    if (!own.includes(state)) {
      throw new ChapterError(`${where(file, child)}: <Step state="${state}"> is not a state of ${graphic} (its states: ${own.join(', ')})`);
    }
    return true;
  });
  if (steps === 0) throw new ChapterError(`${where(file, node)}: <Scrolly graphic="${graphic}"> has no <Step>`);
}

const isJsxElement = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * checkChapterTree(tree, file) checks one MDX document: each <Fact id="…"/> must name a ledger
 * entry and each <Term id="…"> a glossary entry, by a literal id, and prose may hold no bare
 * figure (digits outside a <Fact>). Throws a ChapterError with the file, line and id or figure.
 */
export function checkChapterTree(tree: MdNode, file: VFileLike, options: ChapterCheckOptions = {}): void {
  const ledgerPath = options.ledgerPath ?? LEDGER_PATH;
  const ledger = loadLedger(ledgerPath);
  const glossaryPath = options.glossaryPath ?? GLOSSARY_PATH;
  const glossary = loadGlossary(glossaryPath);
  const insideScrolly = new WeakSet<MdNode>();
  const graphicStates = options.graphicStates;
  walk(tree, (node) => {
    if (SKIPPED_TYPES.has(node.type)) return false;
    const isJsx = isJsxElement(node);
    if (isJsx && graphicStates && node.name === 'Scrolly') checkGraphicBlock(node, file, graphicStates);
    if (isJsx && graphicStates && node.name === 'Step' && !insideScrolly.has(node)) {
      throw new ChapterError(`${where(file, node)}: <Step state="${literalAttribute(node, 'state') ?? ''}"> outside a <Scrolly>`);
    }
    if (isJsx && node.name === 'Scrolly') for (const child of descendants(node)) insideScrolly.add(child);
    if (isJsx && node.name === 'Term') {
      const id = literalAttribute(node, 'id');
      if (id === undefined) throw new ChapterError(`${where(file, node)}: <Term> is missing its id attribute`);
      if (id === null) throw new ChapterError(`${where(file, node)}: <Term id> must be a literal string`);
      if (!glossary.has(id)) {
        throw new ChapterError(`${where(file, node)}: unknown glossary term id "${id}" in <Term id="${id}"> (no such entry in ${glossaryPath})`);
      }
      // The words inside a <Term> are prose: keep checking them for bare figures.
      return true;
    }
    if (isJsx && node.name === 'Fact') {
      const id = literalAttribute(node, 'id');
      if (id === undefined) throw new ChapterError(`${where(file, node)}: <Fact> is missing its id attribute`);
      if (id === null) throw new ChapterError(`${where(file, node)}: <Fact id> must be a literal string`);
      if (!ledger.has(id)) {
        throw new ChapterError(`${where(file, node)}: unknown fact id "${id}" in <Fact id="${id}" /> (no such entry in ${ledgerPath})`);
      }
      return false;
    }
    if (node.type === 'text' && node.value) {
      const [figure] = findBareFigures(node.value, file.path ?? '');
      if (figure) {
        throw new ChapterError(
          `${where(file, node)}: bare figure "${figure.text}" in prose; cite the ledger with <Fact id="…" /> instead (allowed exceptions: src/mdx/figures.ts)`,
        );
      }
    }
    return true;
  });
}

/** The chapter check as a Sätteri mdast plugin, for `markdown.processor` in astro.config.mjs. */
export function factsPlugin(options: ChapterCheckOptions = {}) {
  return {
    name: 'roundabout-facts',
    options: { position: true },
    before(root: unknown, context: { fileURL: URL | undefined }) {
      const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
      checkChapterTree(root as MdNode, { path, cwd: process.cwd() }, options);
    },
  };
}

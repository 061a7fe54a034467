import type { StyledElement } from './inline-styles';
import type { Scene, SceneDef, SceneNode } from './scene';

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const attribute = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(String(value))}"`);

/** How a scene is written out as SVG. */
export interface SvgOptions {
  /** Graphic name: the class gfx-<name>, and data-graphic or data-graphic-static. */
  name: string;
  /** State shown (data-state). */
  state: string;
  /** live: every node, with data-node ids and the client's data; static: visible nodes only. */
  variant: 'live' | 'static' | 'frozen';
  /** The client's data (live only), written into data-scene. */
  data?: unknown;
  /** Accessible name of the picture. */
  label: string;
  /** Shapes to write into the SVG's own <defs> (a standalone file), rather than once per page. */
  defs?: readonly SceneDef[];
  /** Markup placed first inside the SVG (a standalone file's <style>, its title and credit). */
  head?: string;
  /** Extra attributes on the root (a standalone file's width and height). */
  rootAttributes?: Record<string, string | number>;
  /** Extra height added below the picture (a standalone file's footer), in viewBox units. */
  extraHeight?: number;
}

/**
 * sceneSvg(scene, options) writes a scene as SVG markup: the one emitter for the live graphic, the
 * static step pictures, the per-state embeds and the picture files, so they cannot drift apart.
 */
export function sceneSvg(scene: Scene, options: SvgOptions): string {
  const live = options.variant === 'live';
  const root = options.variant !== 'static';
  const nodes = live ? scene.nodes : scene.nodes.filter((node) => node.visible);
  const height = scene.height + (options.extraHeight ?? 0);
  const parts: string[] = [];
  const rootAttributes = Object.entries(options.rootAttributes ?? {})
    .map(([name, value]) => attribute(name, value))
    .join('');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${height}"${rootAttributes}` +
      attribute('class', `graphic gfx-${options.name}${options.variant === 'static' ? ` gfx-${options.name}--static` : ''}`) +
      attribute(root ? 'data-graphic' : 'data-graphic-static', options.name) +
      attribute('data-state', options.state) +
      attribute('data-scene', live ? JSON.stringify(options.data) : undefined) +
      ` role="img"${attribute('aria-label', options.label)}>`,
  );
  if (options.head) parts.push(options.head);
  if (options.defs && options.defs.length > 0) parts.push(`<defs>${defsMarkup(options.defs)}</defs>`);
  parts.push(nodesSvg(nodes, { live }));
  parts.push('</svg>');
  return parts.join('');
}

/** defsMarkup(defs) is a scene's shared shapes as the paths inside a <defs>. */
export function defsMarkup(defs: readonly SceneDef[]): string {
  return defs.map((def) => `<path id="${escapeXml(def.id)}" d="${escapeXml(def.d)}"/>`).join('');
}

/** defsSvg(defs) is the hidden SVG that carries a page's shared shapes once. */
export function defsSvg(defs: readonly SceneDef[]): string {
  if (defs.length === 0) return '';
  return `<svg class="graphic-defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${defsMarkup(defs)}</defs></svg>`;
}

/** How nodesSvg() writes a scene's nodes. */
export interface NodeMarkupOptions {
  /** Write each node's data-node id, for the client to drive. */
  live: boolean;
  /**
   * Write each element's styles as presentation attributes, from its tag and classes, instead of its classes
   * (a picture file, which must look right with no stylesheet).
   */
  styleOf?: (element: StyledElement) => Record<string, string>;
  /** The node's attributes as written (default: its own); a picture file rewrites what only a browser draws. */
  attributesOf?: (node: SceneNode) => Readonly<Record<string, string | number>>;
}

/** nodesSvg(nodes, options) writes scene nodes as SVG elements: the body of every picture the site draws. */
export function nodesSvg(nodes: readonly SceneNode[], { live, styleOf, attributesOf = (node) => node.attrs }: NodeMarkupOptions): string {
  const classes = (className: string | undefined) => (className ?? '').split(/\s+/).filter(Boolean);
  return nodes
    .map((node) => {
      const styled = styleOf ? styleOf({ tag: node.tag, classes: classes(node.className) }) : {};
      const attrs = Object.entries({ ...attributesOf(node), ...styled })
        .map(([name, value]) => attribute(name, value))
        .join('');
      const open = `<${node.tag}${attribute('data-node', live ? node.id : undefined)}${styleOf ? '' : attribute('class', node.className)}${attrs} opacity="${node.visible ? 1 : 0}"`;
      if (node.lines) {
        const lines = node.lines.map((line) => {
          const lineStyle = styleOf && line.className ? styleOf({ tag: 'tspan', classes: classes(line.className) }) : {};
          const extra = Object.entries(lineStyle)
            .map(([name, value]) => attribute(name, value))
            .join('');
          return `<tspan${attribute('x', line.x)}${attribute('dy', line.dy)}${styleOf ? '' : attribute('class', line.className)}${extra}>${escapeXml(line.text)}</tspan>`;
        });
        return `${open}>${lines.join('')}</${node.tag}>`;
      }
      if (node.text !== undefined) return `${open}>${escapeXml(node.text)}</${node.tag}>`;
      return `${open}/>`;
    })
    .join('');
}

import type { Scene, SceneDef } from './scene';

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
  if (options.defs && options.defs.length > 0) {
    parts.push(`<defs>${options.defs.map((def) => `<path id="${escapeXml(def.id)}" d="${escapeXml(def.d)}"/>`).join('')}</defs>`);
  }
  for (const node of nodes) {
    const attrs = Object.entries(node.attrs)
      .map(([name, value]) => attribute(name, value))
      .join('');
    const open = `<${node.tag}${attribute('data-node', live ? node.id : undefined)}${attribute('class', node.className)}${attrs} opacity="${node.visible ? 1 : 0}"`;
    if (node.lines) {
      const lines = node.lines.map((line) => `<tspan${attribute('x', line.x)}${attribute('dy', line.dy)}${attribute('class', line.className)}>${escapeXml(line.text)}</tspan>`);
      parts.push(`${open}>${lines.join('')}</${node.tag}>`);
    } else if (node.text !== undefined) parts.push(`${open}>${escapeXml(node.text)}</${node.tag}>`);
    else parts.push(`${open}/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** defsSvg(defs) is the hidden SVG that carries a page's shared shapes once. */
export function defsSvg(defs: readonly SceneDef[]): string {
  if (defs.length === 0) return '';
  const paths = defs.map((def) => `<path id="${escapeXml(def.id)}" d="${escapeXml(def.d)}"/>`).join('');
  return `<svg class="graphic-defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${paths}</defs></svg>`;
}

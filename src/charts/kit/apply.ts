import { select } from 'd3-selection';
import 'd3-transition';
import { TRANSITION_MS, type Scene } from './scene';
import type { GraphicRenderer } from './contract';

const nodeIndex = new WeakMap<Element, Map<string, SVGElement>>();
const dataCache = new WeakMap<Element, unknown>();

function nodesOf(root: Element): Map<string, SVGElement> {
  let nodes = nodeIndex.get(root);
  if (!nodes) {
    nodes = new Map([...root.querySelectorAll<SVGElement>('[data-node]')].map((el) => [el.dataset.node!, el]));
    nodeIndex.set(root, nodes);
  }
  return nodes;
}

/** readSceneData(root) parses the graphic's data, written at build time into data-scene="…" (once per root). */
export function readSceneData<Data>(root: Element): Data {
  if (!dataCache.has(root)) {
    const json = root.getAttribute('data-scene');
    if (!json) throw new Error(`graphic ${root.getAttribute('data-graphic')}: no data-scene attribute`);
    dataCache.set(root, JSON.parse(json));
  }
  return dataCache.get(root) as Data;
}

/**
 * applyScene(root, scene, animate) moves every node of the build-time SVG to its place in `scene`
 * and shows or hides it: with a transition when `animate`, at once otherwise (interrupting any
 * transition still running, so the picture is exactly the scene's).
 */
export function applyScene(root: Element, scene: Scene, animate: boolean): void {
  const nodes = nodesOf(root);
  for (const node of scene.nodes) {
    const element = nodes.get(node.id);
    if (!element) throw new Error(`graphic ${root.getAttribute('data-graphic')}: no node "${node.id}" in the SVG`);
    const selection = select(element).interrupt();
    // Only what differs from the node's present attributes is set or animated: most nodes of a picture stay put
    // from one step (or one scroll of progress) to the next, and a transition per node, even one with nothing
    // to move, is work on every frame it runs (on a slow phone, tens of ms a frame for the larger graphics).
    const target = Object.entries({ ...node.attrs, opacity: node.visible ? 1 : 0 }).filter(([name, value]) => element.getAttribute(name) !== String(value));
    if (target.length === 0) continue;
    if (animate) {
      const transition = selection
        .transition()
        .delay(node.timing?.delay ?? 0)
        .duration(node.timing?.duration ?? TRANSITION_MS);
      for (const [name, value] of target) transition.attr(name, value);
    } else {
      for (const [name, value] of target) selection.attr(name, value);
    }
  }
}

/**
 * sceneRenderer(scene) is a graphic's whole client renderer: it reads the data the build wrote into
 * the SVG and applies `scene(data, state, size, progress)`, the same function the build drew with.
 */
export function sceneRenderer<Data, State extends string>(
  scene: (data: Data, state: State, size: { width: number; height: number }, progress: number) => Scene,
): GraphicRenderer {
  return (root, state, progress, options) => {
    const { width, height } = (root as SVGSVGElement).viewBox.baseVal;
    applyScene(root, scene(readSceneData<Data>(root), state as State, { width, height }, progress), options.animate);
  };
}

import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { GraphicRenderer } from '../types';
import { FLOWS, type FlowId } from './flows';
import { flowMapState } from './states';

/** How long the picture takes to change, in milliseconds. */
const DURATION = { fade: 300, draw: 900 } as const;

type AnySelection = Selection<Element, unknown, null, undefined>;

/** Sets one presentation attribute, through a transition when animating. Interrupts any running change first. */
function setAttr(selection: AnySelection, name: string, value: number, animate: boolean, delay = 0, duration: number = DURATION.fade): void {
  selection.interrupt(name);
  if (!animate) {
    selection.attr(name, value);
    return;
  }
  selection.transition(name).delay(delay).duration(duration).attr(name, value);
}

/**
 * renderFlowMap(root, state, progress, options) shows a flow-map state in the live SVG the
 * component rendered with every element present: countries fade in their colour, arrows draw
 * along their great circle (stroke-dashoffset on a pathLength of 1), then their heads and labels
 * appear. Only presentation attributes change (no inline styles), the same
 * attributes the build-time picture carries. With `options.animate` false, or for the same
 * state again, it jumps to the final picture. The picture depends on `state` alone.
 */
export const renderFlowMap: GraphicRenderer = (root, state, _progress, options) => {
  const picture = flowMapState(state);
  const animate = options.animate;
  const shown = (list: readonly string[], id: string | undefined) => (id !== undefined && list.includes(id) ? 1 : 0);
  const each = (selector: string, apply: (element: AnySelection, data: DOMStringMap) => void) => {
    for (const element of root.querySelectorAll<SVGElement>(selector)) apply(select<Element, unknown>(element), element.dataset);
  };

  each('[data-country]', (element, data) => setAttr(element, 'opacity', shown(picture.highlighted, data.country), animate));
  each('[data-country-label]', (element, data) => setAttr(element, 'opacity', shown(picture.labelled, data.countryLabel), animate));
  each('[data-note]', (element, data) => setAttr(element, 'opacity', shown(picture.notes, data.note), animate, animate ? DURATION.draw : 0));

  const endpoints = new Set<string>([...picture.labelled, ...picture.flows.flatMap((id: FlowId) => [FLOWS[id].from, FLOWS[id].to])]);
  each('[data-mark]', (element, data) => setAttr(element, 'opacity', endpoints.has(data.mark ?? '') ? 1 : 0, animate));

  each('[data-flow]', (group, data) => {
    const visible = shown(picture.flows, data.flow) === 1;
    const lines = group.selectAll<Element, unknown>('.flow-map__arc, .flow-map__arc-halo') as unknown as AnySelection;
    const head = group.select<Element>('.flow-map__arrowhead') as unknown as AnySelection;
    const wasDrawn = lines.attr('stroke-dashoffset') === '0' && lines.attr('opacity') === '1';
    if (visible) {
      // Draw in from the start, unless it is already there.
      if (animate && !wasDrawn) lines.interrupt('stroke-dashoffset').attr('stroke-dashoffset', 1);
      setAttr(lines, 'opacity', 1, false);
      setAttr(lines, 'stroke-dashoffset', 0, animate && !wasDrawn, 0, DURATION.draw);
      setAttr(head, 'opacity', 1, animate && !wasDrawn, animate && !wasDrawn ? DURATION.draw * 0.85 : 0);
    } else {
      setAttr(lines, 'opacity', 0, animate);
      setAttr(head, 'opacity', 0, animate);
      // Rewound once faded, so the next time it draws in from the start.
      if (animate) lines.interrupt('stroke-dashoffset').transition('stroke-dashoffset').delay(DURATION.fade).duration(0).attr('stroke-dashoffset', 1);
      else setAttr(lines, 'stroke-dashoffset', 1, false);
    }
  });
  each('[data-flow-label]', (element, data) => {
    const visible = shown(picture.flows, data.flowLabel);
    setAttr(element, 'opacity', visible, animate, animate && visible ? DURATION.draw * 0.6 : 0);
  });
};

import { loadRenderer } from '../charts/kit/clients';
import { motionAllowed } from '../scrolly/motion';
import { startChild } from './child';
import { applyPlainFlag, applyThemeFlag, readEmbedFlags } from './flags';

/**
 * startEmbed() runs an embed page: `?step=<state>` freezes one picture; `?static` stacks every
 * state's picture with its text; otherwise the previous/next buttons step through the graphic's
 * states in place. `?theme` and `?plain` apply to all three (src/embed/flags.ts). Height is
 * reported to the parent page in pym's format either way.
 */
export async function startEmbed(): Promise<void> {
  const flags = readEmbedFlags(location.search);
  applyThemeFlag(document, flags.theme);
  startChild();
  const embed = document.querySelector<HTMLElement>('[data-embed]');
  const root = embed?.querySelector<SVGSVGElement>('svg[data-graphic]');
  if (!embed || !root) return;
  applyPlainFlag(embed, location.search);
  const items = [...embed.querySelectorAll<HTMLElement>('[data-embed-states] [data-state]')];
  const description = embed.querySelector('[data-embed-description]');
  const counter = embed.querySelector('[data-embed-counter]');
  const previous = embed.querySelector<HTMLButtonElement>('[data-embed-nav="-1"]');
  const next = embed.querySelector<HTMLButtonElement>('[data-embed-nav="1"]');
  if (items.length === 0) return;
  const states = items.map((item) => item.dataset.state!);
  const render = await loadRenderer(embed.dataset.embed!);

  let index = 0;
  const show = (target: number, animate: boolean) => {
    index = Math.min(states.length - 1, Math.max(0, target));
    const state = states[index]!;
    render(root, state, 1, { animate: animate && motionAllowed() });
    root.setAttribute('data-state', state);
    // The picture's accessible name follows the picture.
    root.setAttribute('aria-label', items[index]!.textContent ?? '');
    if (description) description.textContent = items[index]!.textContent;
    if (counter) counter.textContent = `${index + 1} / ${states.length}`;
    if (previous) previous.disabled = index === 0;
    if (next) next.disabled = index === states.length - 1;
  };

  // A per-state page was frozen at build time: keep its picture.
  if (embed.dataset.frozen !== undefined) return;
  const frozen = new URLSearchParams(location.search).get('step');
  if (flags.static && frozen === null) {
    stackStates(embed, root, states, items, render);
    return;
  }
  if (frozen !== null) {
    const at = states.indexOf(frozen);
    embed.dataset.frozen = '';
    // An unknown step shows the first picture and says so, rather than a blank frame.
    if (at === -1) embed.querySelector<HTMLElement>('[data-embed-unknown-step]')?.removeAttribute('hidden');
    show(Math.max(0, at), false);
    return;
  }
  previous?.addEventListener('click', () => show(index - 1, true));
  next?.addEventListener('click', () => show(index + 1, true));
  show(0, false);
}

/**
 * ?static: every state of the graphic, in order, each its own copy of the page's picture drawn at the end of its
 * step, with its description under it: a stacked sequence, like print, with nothing to click. It is drawn by the
 * same renderer from the same page, so it loads nothing the stepping embed does not.
 */
function stackStates(
  embed: HTMLElement,
  root: SVGSVGElement,
  states: string[],
  items: HTMLElement[],
  render: Awaited<ReturnType<typeof loadRenderer>>,
): void {
  const figure = root.closest('figure');
  const list = document.createElement('ol');
  list.className = 'embed__stack';
  list.dataset.embedStack = '';
  states.forEach((state, index) => {
    const item = document.createElement('li');
    const stepFigure = document.createElement('figure');
    const picture = root.cloneNode(true) as SVGSVGElement;
    render(picture, state, 1, { animate: false });
    picture.setAttribute('data-state', state);
    picture.setAttribute('aria-label', items[index]!.textContent ?? '');
    const caption = document.createElement('figcaption');
    caption.className = 'embed__description';
    caption.textContent = items[index]!.textContent;
    stepFigure.append(picture, caption);
    item.append(stepFigure);
    list.append(item);
  });
  embed.dataset.static = '';
  (figure ?? root).replaceWith(list);
}

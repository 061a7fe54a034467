import type { GraphicRenderer } from './contract';

/**
 * Every graphic's client renderer, found by its folder (src/charts/<name>/client.ts), each its
 * own chunk: a page loads the code of the graphics it shows, when they are about to be needed.
 */
const loaders = import.meta.glob<{ default: GraphicRenderer }>('../*/client.ts');

const loading = new Map<string, Promise<GraphicRenderer>>();

/** loadRenderer(name) loads a graphic's renderer once; an unknown name is an error naming the known ones. */
export function loadRenderer(name: string): Promise<GraphicRenderer> {
  let promise = loading.get(name);
  if (!promise) {
    const load = loaders[`../${name}/client.ts`];
    if (!load) {
      const known = Object.keys(loaders).map((path) => path.split('/')[1]);
      return Promise.reject(new Error(`graphic "${name}": no client renderer (src/charts/${name}/client.ts; known: ${known.join(', ')})`));
    }
    promise = load().then((module) => module.default);
    loading.set(name, promise);
  }
  return promise;
}

import offerStylesheet from './offline.css?url';
import { SKIP_WAITING_MESSAGE } from './files';
import { offlineSupported, registerOfflineWorker } from './register';
import type { UpdateOfferWords } from './words';

/** An idle period at least this long (of the browser's 50 ms most) means nothing else is pending: the page is quiet. */
const QUIET_IDLE_MS = 40;

/** Longest wait for a quiet page after load before the worker is registered anyway. */
const MAX_QUIET_WAIT_MS = 10_000;

/**
 * whenQuiet(run) calls `run` once the page is quiet after loading: in the first long idle period. While the
 * story still sets up its graphics in small tasks, or animates, the browser's idle periods are short, so
 * saving the whole site for offline use never competes with what the reader sees first.
 */
function whenQuiet(run: () => void): void {
  if (!('requestIdleCallback' in window)) {
    run();
    return;
  }
  const started = performance.now();
  const check = (deadline: IdleDeadline) => {
    if (deadline.didTimeout || deadline.timeRemaining() >= QUIET_IDLE_MS || performance.now() - started > MAX_QUIET_WAIT_MS) run();
    else requestIdleCallback(check, { timeout: MAX_QUIET_WAIT_MS });
  };
  requestIdleCallback(check, { timeout: MAX_QUIET_WAIT_MS });
}

/**
 * The "Update available" offer: a small panel with Reload and Not now. Nothing reloads until the reader
 * presses Reload; only then is the waiting worker asked to take over, and only this tab reloads.
 */
class UpdateOffer {
  /** True once the reader pressed Reload in this tab. */
  reloading = false;
  private readonly words: UpdateOfferWords;
  private element: HTMLElement | undefined;
  private waiting: ServiceWorker | undefined;

  constructor(words: UpdateOfferWords) {
    this.words = words;
  }

  /**
   * Shows the offer (once); `waiting` is the new worker to activate, none when another tab already did. Its
   * stylesheet is loaded only then, so pages keep their one render-blocking stylesheet.
   */
  show(waiting?: ServiceWorker): void {
    this.waiting = waiting ?? this.waiting;
    if (this.element) return;
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = offerStylesheet;
    const panel = document.createElement('section');
    panel.className = 'offline-update';
    panel.dataset.offlineUpdate = '';
    // Presentation mode hides what it does not mark; the offer stays on screen over the slides.
    panel.dataset.presentKeep = '';
    const text = document.createElement('p');
    text.className = 'offline-update__text';
    text.id = 'offline-update-text';
    text.setAttribute('role', 'status');
    panel.setAttribute('aria-labelledby', text.id);
    const reload = this.button(this.words.reload, () => this.reload());
    const later = this.button(this.words.later, () => this.dismiss());
    panel.append(text, reload, later);
    this.element = panel;
    const place = () => {
      document.body.append(panel);
      // Keyboard focus scrolls clear of the offer (offline.css), so it never hides what has focus.
      document.documentElement.dataset.offlineOffer = '';
      // Filled in after the live region is in the page, so screen readers announce it.
      requestAnimationFrame(() => {
        text.textContent = this.words.text;
      });
    };
    stylesheet.addEventListener('load', place, { once: true });
    stylesheet.addEventListener('error', place, { once: true });
    document.head.append(stylesheet);
  }

  private button(label: string, action: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = label;
    button.addEventListener('click', action);
    return button;
  }

  /** Asks the waiting worker to take over and reloads this tab once it has. */
  private reload(): void {
    this.reloading = true;
    const waiting = this.waiting;
    if (!waiting || waiting.state === 'activated' || waiting.state === 'redundant') {
      location.reload();
      return;
    }
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated' || waiting.state === 'redundant') location.reload();
    });
    waiting.postMessage(SKIP_WAITING_MESSAGE);
  }

  private dismiss(): void {
    const hadFocus = this.element?.contains(document.activeElement) ?? false;
    this.element?.remove();
    delete document.documentElement.dataset.offlineOffer;
    if (hadFocus) document.getElementById('main')?.focus({ preventScroll: true });
  }
}

/** watchForUpdates(registration, offer) shows the offer when a new version is installed and waiting. */
function watchForUpdates(registration: ServiceWorkerRegistration, offer: UpdateOffer): void {
  const follow = (incoming: ServiceWorker | null) => {
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && registration.active && registration.waiting === incoming) offer.show(incoming);
    });
  };
  if (registration.waiting && registration.active) offer.show(registration.waiting);
  // One may already be installing (another script on the page registered first), or arrive later.
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}

/**
 * startOffline(words, defaultLocale) runs on every page of the built site (injected by
 * src/integrations/offline.ts): once the page has loaded and gone quiet it registers the worker that keeps the
 * site offline, and it offers, never forces, a reload when a new version is waiting. Pages shown inside a
 * frame (embeds on other sites) do neither. `words` holds the offer's words by language.
 */
export function startOffline(words: Readonly<Record<string, UpdateOfferWords>>, defaultLocale: string): void {
  if (!offlineSupported() || window.top !== window.self) return;
  const lang = document.documentElement.lang.split('-')[0] ?? '';
  const offer = new UpdateOffer(words[lang] ?? words[defaultLocale]!);
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new version took over from another tab: this page is still the old one, so offer the reload.
    if (controlled && !offer.reloading) offer.show();
    controlled = true;
  });
  const start = () => {
    registerOfflineWorker().then(
      (registration) => watchForUpdates(registration, offer),
      (error: unknown) => console.warn('Roundabout could not register its offline worker:', error),
    );
  };
  if (document.readyState === 'complete') whenQuiet(start);
  else window.addEventListener('load', () => whenQuiet(start), { once: true });
}

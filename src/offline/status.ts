import { fillTemplate } from '../i18n/translate';
import { offlineSupported, precachedFileCount, registerOfflineWorker, whenOfflineReady } from './register';
import type { StatusWords } from './words';

/** What the panel says, also set as its data-offline-state. */
type OfflineState = 'unsupported' | 'saving' | 'ready' | 'failed';

/** How often the file count under the progress bar is refreshed while saving. */
const COUNT_INTERVAL_MS = 400;

/**
 * How long "Save for class" waits for the browser's check for a newer version. The check is one request for
 * sw.js, but a browser may hold it back (a busy machine, a stalled network); past this the panel reports the
 * complete copy already kept instead of saying "Saving" for ever, and a newer version found later is offered
 * by the update panel as usual.
 */
const UPDATE_CHECK_MS = 10_000;

/** checkForUpdate(registration) asks the browser to look for a newer worker, for at most UPDATE_CHECK_MS. */
async function checkForUpdate(registration: ServiceWorkerRegistration): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`Roundabout: the check for a newer version of ${registration.scope} took over ${UPDATE_CHECK_MS / 1000} s; reporting the copy already kept.`);
      resolve();
    }, UPDATE_CHECK_MS);
  });
  // A failed check (offline) leaves the kept copy as it is: whenOfflineReady() reports on it.
  await Promise.race([registration.update().then(() => undefined, () => undefined), gaveUp]);
  clearTimeout(timer);
}

/**
 * The teacher's guide panel (src/components/OfflineStatus.astro): says whether the site is ready offline in
 * this browser and, on "Save for class", makes sure it is. State changes are announced by the message's live
 * region; the file count while saving is shown but not announced.
 */
class OfflineStatusPanel {
  private readonly panel: HTMLElement;
  private readonly words: StatusWords;
  private readonly button: HTMLButtonElement;
  private readonly message: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly count: HTMLElement;
  private busy = false;

  constructor(panel: HTMLElement) {
    const part = <T extends HTMLElement>(selector: string): T => {
      const element = panel.querySelector<T>(selector);
      if (!element) throw new Error(`OfflineStatus: the panel has no ${selector}`);
      return element;
    };
    this.panel = panel;
    this.words = JSON.parse(panel.dataset.offlineWords ?? '{}') as StatusWords;
    this.button = part<HTMLButtonElement>('[data-offline-save]');
    this.message = part('[data-offline-message]');
    this.progress = part('[data-offline-progress]');
    this.count = part('[data-offline-count]');
  }

  start(): void {
    if (!offlineSupported()) {
      this.show('unsupported', this.words.unsupported);
      return;
    }
    this.button.hidden = false;
    this.button.addEventListener('click', () => void this.save(true));
    void this.save(false);
  }

  private show(state: OfflineState, text: string): void {
    this.panel.dataset.offlineState = state;
    if (this.message.textContent !== text) this.message.textContent = text;
  }

  /**
   * Registers the worker if needed (checking for a newer version when the teacher asked), waits until the
   * whole site is cached, then says so with the number of files kept.
   */
  private async save(asked: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.button.setAttribute('aria-disabled', 'true');
    // Asked for by a click: the browser may then keep the files even when space runs low.
    if (asked) void navigator.storage?.persist?.().catch(() => false);
    let timer: ReturnType<typeof setInterval> | undefined;
    const saving = (registration: ServiceWorkerRegistration) => {
      this.show('saving', this.words.saving);
      this.progress.hidden = false;
      const refresh = async () => {
        const files = await precachedFileCount(registration);
        if (this.busy) this.count.textContent = fillTemplate(this.words.savingCount, { count: files }, 'offline.savingCount');
      };
      timer ??= setInterval(() => void refresh(), COUNT_INTERVAL_MS);
      void refresh();
    };
    try {
      const registration = await registerOfflineWorker();
      // Asked: say so while checking for a newer version; otherwise only while something is being saved.
      if (asked) {
        saving(registration);
        await checkForUpdate(registration);
      } else if (registration.installing || !registration.active) {
        saving(registration);
      }
      await whenOfflineReady(registration);
      const files = await precachedFileCount(registration);
      if (files === 0) throw new Error('the offline worker is active but its precache is empty');
      this.show('ready', fillTemplate(this.words.ready, { count: files }, 'offline.ready'));
    } catch (error) {
      console.warn('Roundabout could not save the site for offline use:', error);
      this.show('failed', this.words.failed);
    } finally {
      clearInterval(timer);
      this.progress.hidden = true;
      this.count.textContent = '';
      this.button.removeAttribute('aria-disabled');
      this.busy = false;
    }
  }
}

/** startOfflineStatus() starts every offline panel on the page. */
export function startOfflineStatus(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-offline-status]')) new OfflineStatusPanel(panel).start();
}

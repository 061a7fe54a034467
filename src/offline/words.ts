import type { SiteKey } from '../i18n/site';
import type { Translate } from '../i18n/translate';

/** A message of the offline panel, by name, and the {placeholders} the browser fills in. */
const STATUS_MESSAGES = {
  unsupported: { key: 'offline.unsupported', placeholders: [] },
  saving: { key: 'offline.saving', placeholders: [] },
  savingCount: { key: 'offline.savingCount', placeholders: ['count'] },
  ready: { key: 'offline.ready', placeholders: ['count'] },
  failed: { key: 'offline.failed', placeholders: [] },
} as const satisfies Record<string, { key: SiteKey; placeholders: readonly string[] }>;

/** The words of the "Update available" offer any page can show. */
const UPDATE_OFFER = { text: 'offline.updateAvailable', reload: 'offline.reload', later: 'offline.later' } as const satisfies Record<string, SiteKey>;

/** The offline panel's messages as templates ("Ready offline: {count} files…"), filled in the browser. */
export type StatusWords = Record<keyof typeof STATUS_MESSAGES, string>;

/** The update offer's text and button labels. */
export type UpdateOfferWords = Record<keyof typeof UPDATE_OFFER, string>;

/**
 * statusWords(t) reads the panel's messages, keeping each {placeholder} for the browser; t() checks that
 * every template has exactly the placeholders listed here, so a dictionary that drifts fails the build.
 */
export function statusWords(t: Translate<SiteKey>): StatusWords {
  const entries = Object.entries(STATUS_MESSAGES).map(([name, { key, placeholders }]) => {
    const kept = Object.fromEntries(placeholders.map((placeholder) => [placeholder, `{${placeholder}}`]));
    return [name, t(key, kept)];
  });
  return Object.fromEntries(entries) as StatusWords;
}

/** updateOfferWords(t) reads the update offer's words. */
export function updateOfferWords(t: Translate<SiteKey>): UpdateOfferWords {
  return Object.fromEntries(Object.entries(UPDATE_OFFER).map(([name, key]) => [name, t(key)])) as UpdateOfferWords;
}

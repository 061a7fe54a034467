import type { SiteKey } from '../i18n/site';
import type { Translate } from '../i18n/translate';

/**
 * withUnit(t, display, unit) is a figure as the page writes it with its unit once, joined by the language's
 * rule (site dictionary "format.unitAfter*"): English "4,000 to 7,000 rounds a day", Korean "4,000~7,000발"
 * after a digit but "10만 발" after a word. A display that already ends in its unit ("152mm", unit "mm")
 * gets no second copy.
 */
export function withUnit(t: Translate<SiteKey>, display: string, unit: string): string {
  if (display.toLowerCase().endsWith(unit.toLowerCase())) return display;
  return t(/\d$/.test(display) ? 'format.unitAfterDigit' : 'format.unitAfterWord', { value: display, unit });
}

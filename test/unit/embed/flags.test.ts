import { describe, expect, it } from 'vitest';
import { readEmbedFlags, withEmbedFlags } from '../../../src/embed/flags';

describe('embed render flags', () => {
  it('reads ?theme, ?plain and ?static in any combination', () => {
    expect(readEmbedFlags('')).toEqual({ theme: 'auto', plain: false, static: false });
    expect(readEmbedFlags('?theme=dark&plain&static')).toEqual({ theme: 'dark', plain: true, static: true });
    expect(readEmbedFlags('?static=1&theme=light')).toEqual({ theme: 'light', plain: false, static: true });
    expect(readEmbedFlags('?plain=&step=map-buyer')).toEqual({ theme: 'auto', plain: true, static: false });
  });

  it('ignores an unknown theme or flag and keeps the defaults', () => {
    expect(readEmbedFlags('?theme=sepia')).toEqual({ theme: 'auto', plain: false, static: false });
    expect(readEmbedFlags('?theme=DARK')).toEqual({ theme: 'auto', plain: false, static: false });
    expect(readEmbedFlags('?colour=dark&flat')).toEqual({ theme: 'auto', plain: false, static: false });
  });

  it('writes only the flags that differ from the defaults, keeping the rest of the query', () => {
    const url = 'https://news.example.org/roundabout/embed/flow-map/';
    expect(withEmbedFlags(url, { theme: 'auto', plain: false, static: false })).toBe(url);
    expect(withEmbedFlags(url, { theme: 'dark', plain: true, static: true })).toBe(`${url}?theme=dark&plain&static`);
    expect(withEmbedFlags(`${url}?step=map-buyer&theme=light`, { theme: 'auto', plain: false, static: true })).toBe(`${url}?step=map-buyer&static`);
    expect(readEmbedFlags(new URL(withEmbedFlags(url, { theme: 'light', plain: false, static: true })).search)).toEqual({ theme: 'light', plain: false, static: true });
  });
});

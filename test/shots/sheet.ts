/** One screenshot on a contact sheet. */
export interface Shot {
  /** Path of the PNG, relative to the sheet's folder, "/"-separated. */
  file: string;
  /** What it shows, one short part each: page, step or slide id, width, scheme. */
  caption: string[];
  /** Width of the viewport it was taken at, in CSS pixels: thumbnails keep their relative sizes. */
  width: number;
}

/** A row of screenshots that belong side by side (the same step in every size and scheme, say). */
export interface ShotRow {
  /** The row's heading. */
  title: string;
  shots: Shot[];
}

/** A group of rows: one contact sheet (story steps, slides, first screens). */
export interface ShotGroup {
  /** Heading of the sheet. */
  title: string;
  /** Anchor id and file name stem of the sheet, e.g. "story". */
  id: string;
  rows: ShotRow[];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** The sheet's own look: a reviewing aid opened from disk, not part of the site (so no CSP applies). */
const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; background: #f3f3f3; }
nav a { margin-right: 1rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: 0; background: #fff; padding: .4rem; border: 1px solid #ccc; }
img { display: block; width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 12px; margin-top: .3rem; word-break: break-word; }
`;

/** Thumbnails are this fraction of the viewport they show: a phone and a laptop shot of one step fit on a row. */
const THUMBNAIL_SCALE = 0.3;

/** sheetBody(group) is the HTML of one group: its heading and a grid of linked, captioned thumbnails per row. */
function sheetBody(group: ShotGroup): string {
  const rows = group.rows.map((row) => {
    const figures = row.shots.map((shot) => {
      const caption = escapeHtml(shot.caption.join(' · '));
      const href = escapeHtml(shot.file);
      const width = Math.round(shot.width * THUMBNAIL_SCALE);
      return `<figure style="width:${width}px"><a href="${href}"><img src="${href}" alt="${caption}" loading="lazy"></a><figcaption>${caption}</figcaption></figure>`;
    });
    return `<h3>${escapeHtml(row.title)}</h3>\n<div class="row">\n${figures.join('\n')}\n</div>`;
  });
  const count = group.rows.reduce((sum, row) => sum + row.shots.length, 0);
  return `<section id="${escapeHtml(group.id)}"><h2>${escapeHtml(group.title)} (${count})</h2>\n${rows.join('\n')}</section>`;
}

/** contactSheet(title, groups) is a complete HTML page laying out every group's screenshots, with a link to each group. */
export function contactSheet(title: string, groups: ShotGroup[]): string {
  const nav = groups.map((group) => `<a href="#${escapeHtml(group.id)}">${escapeHtml(group.title)}</a>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><nav>${nav}</nav>
${groups.map(sheetBody).join('\n')}
</body></html>
`;
}

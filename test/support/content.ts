import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { slugOf } from '../../src/lib/chapter-order';
import { contentFolder } from '../../src/i18n/content';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales.ts';
import { PROJECT_ROOT } from './paths';

/** A chapter as read straight from disk, independent of the build. */
export interface ChapterFile {
  file: string;
  slug: string;
  title: string;
  order: number;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Reads one language's chapters (content/chapters/*.mdx, content/<locale>/chapters/*.mdx) and their frontmatter, sorted by `order`. */
export function readChapters(locale: Locale = DEFAULT_LOCALE): ChapterFile[] {
  const folder = `content/${contentFolder(locale, 'chapters')}`;
  const dir = join(PROJECT_ROOT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${name}: no frontmatter block`);
      const frontmatter = parseYaml(match[1]!) as Record<string, unknown>;
      return {
        file: `${folder}/${name}`,
        slug: slugOf({ id: name.replace(/\.mdx$/, '') }),
        title: String(frontmatter.title),
        order: Number(frontmatter.order),
        frontmatter,
        body: match[2]!,
      };
    })
    .sort((a, b) => a.order - b.order);
}

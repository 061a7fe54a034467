import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { slugOf } from '../../src/lib/chapter-order';
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

/** Reads content/chapters/*.mdx and their frontmatter, sorted by `order`. */
export function readChapters(): ChapterFile[] {
  const dir = join(PROJECT_ROOT, 'content/chapters');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/chapters/${name}: no frontmatter block`);
      const frontmatter = parseYaml(match[1]!) as Record<string, unknown>;
      return {
        file: `content/chapters/${name}`,
        slug: slugOf({ id: name.replace(/\.mdx$/, '') }),
        title: String(frontmatter.title),
        order: Number(frontmatter.order),
        frontmatter,
        body: match[2]!,
      };
    })
    .sort((a, b) => a.order - b.order);
}

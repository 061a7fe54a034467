import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/paths';

/**
 * html-validate's recommended preset, with the only adjustments the site makes on purpose.
 * Add to this list only for something deliberate, with the reason next to it.
 */
const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The story's <title> is its headline, the name and the tagline ("Roundabout: How South Korean shells can
    // reach Ukraine without Seoul sending them", 80 characters), the same words as its <h1> and og:title.
    // The default 70 is a search-snippet heuristic, not a validity or accessibility rule: keep a limit, higher.
    'long-title': ['error', { maxlength: 90 }],
  },
};

/** Every HTML file of the build, as "/"-separated paths relative to it, found on disk so new pages are covered. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** One readable line per problem: "line:column rule: message (selector)". */
function describeMessage(message: Message): string {
  return `${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

const validator = new HtmlValidate(CONFIG);
const FILES = htmlFiles(DIST_DIR);

describe('every built page passes html-validate (recommended preset)', () => {
  it('the build has HTML pages to validate', () => {
    expect(FILES).toContain('index.html');
  });

  for (const file of FILES) {
    it(`${file} has no html-validate errors`, async () => {
      const report = await validator.validateString(readFileSync(join(DIST_DIR, file), 'utf8'), file);
      const problems = report.results.flatMap((result) => result.messages).map(describeMessage);
      expect(problems, `${file}:\n${problems.join('\n')}`).toEqual([]);
    });
  }
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { factsPlugin } from './src/mdx/chapter-check.ts';
import { loadGraphicStates } from './src/mdx/graphic-states.ts';
import { offline } from './src/integrations/offline.ts';
import { resolveDeployment } from './src/lib/deployment.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

/** Where the site is published: SITE_URL and BASE_PATH (see README, "Republish"). */
const { site, base } = resolveDeployment(process.env);
/** Every graphic's states, so chapters are checked for <Scrolly graphic> and <Step state> as they compile. */
const graphicStates = await loadGraphicStates();

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Astro's i18n routing: the default language at the root, every other under /<locale>/ (src/i18n/locales.ts).
  // Links between languages come from its URL helpers (src/i18n/urls.ts), so BASE_PATH builds keep working.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Tests build fixture copies into their own folders; everyone else uses the defaults.
  outDir: process.env.ROUNDABOUT_OUT_DIR ?? './dist',
  cacheDir: process.env.ROUNDABOUT_CACHE_DIR ?? './node_modules/.astro',
  // offline(): sw.js, its precache of the whole build and manifest.webmanifest (README, "In class without internet").
  integrations: [mdx(), offline()],
  markdown: {
    syntaxHighlight: 'prism',
    // Every chapter is checked as it compiles: unknown <Fact>/<Term> ids, bare figures, unknown graphics
    // and states, and misplaced <Step>s fail the build, naming the file and line.
    processor: satteri({ mdastPlugins: [factsPlugin({ graphicStates })] }),
  },
  build: {
    // Styles of components used only inside MDX are inlined without a CSP hash (STACK.md);
    // external stylesheets under 'self' avoid that.
    inlineStylesheets: 'never',
  },
  security: {
    // Hashes for every script and style Astro emits, and nothing from anywhere else.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        // The offline worker (sw.js). script-src 'self' covers it today; this keeps it allowed if script-src
        // ever narrows to hashes. The manifest falls under default-src 'self'.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // One stylesheet for the whole site instead of one per component: fewer render-blocking requests
    // on a phone's first visit, and every later page finds it cached.
    build: { cssCodeSplit: false },
  },
  devToolbar: { enabled: false },
});

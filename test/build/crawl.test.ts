import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveDeployment } from '../../src/lib/deployment';
import { builtPages, crawlSite, type CrawlReport } from '../support/crawl';
import { DIST_DIR } from '../support/paths';

/** The default build, as the global setup built and serves it (at the root of siteOrigin). */
const { site, base } = resolveDeployment(process.env);

describe.skipIf(base !== '/')('every page and file of the default build, crawled from the start page', () => {
  let report: CrawlReport;
  beforeAll(async () => {
    report = await crawlSite({ localRoot: `${inject('siteOrigin')}/`, publicRoot: new URL(base, site).href, distDir: DIST_DIR });
  });

  it('has no broken link, asset, fragment, canonical or og:url', () => {
    expect(report.problems).toEqual([]);
  });

  it('covers every HTML file in the build, the story, sources and credits pages by links', () => {
    expect(report.reachable).toEqual(expect.arrayContaining(['', 'sources/', 'credits/']));
    expect([...report.reachable, ...report.unreachable].sort()).toEqual(builtPages(DIST_DIR).sort());
  });
});

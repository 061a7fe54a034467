import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage, reportedHeight } from '../../../src/embed/pym';
import { embedSnippet } from '../../../src/embed/snippet';

describe('pymMessage(id, type, message) and parsePymMessage(data)', () => {
  it('writes the pym.js wire format that pym parents read', () => {
    expect(pymMessage('example-1', 'height', '640')).toBe('pymxPYMxexample-1xPYMxheightxPYMx640');
  });

  it('reads back what it writes', () => {
    expect(parsePymMessage(pymMessage('a', 'width', '320'))).toEqual({ id: 'a', type: 'width', message: '320' });
  });

  it('ignores messages that are not pym messages', () => {
    expect(parsePymMessage({ type: 'height' })).toBeNull();
    expect(parsePymMessage('hello')).toBeNull();
    expect(parsePymMessage('notpymxPYMxaxPYMxheightxPYMx1')).toBeNull();
  });
});

describe('reportedHeight(scrollHeight, boundingHeight)', () => {
  it('reports whole pixels, rounding up so nothing is clipped', () => {
    expect(reportedHeight(480, 480.2)).toBe(481);
  });
});

describe('embedSnippet(embedUrl, parentScriptUrl, title)', () => {
  it('gives an iframe marked for the parent script, then the script, with attributes escaped', () => {
    const snippet = embedSnippet('https://news.example.org/r/embed/flow-map/', 'https://news.example.org/r/embed/parent.js', 'A "quoted" title');
    expect(snippet).toContain('<iframe src="https://news.example.org/r/embed/flow-map/" title="A &quot;quoted&quot; title"');
    expect(snippet).toContain('data-roundabout-embed></iframe>');
    expect(snippet).toMatch(/<script src="https:\/\/news\.example\.org\/r\/embed\/parent\.js" async><\/script>$/);
  });
});

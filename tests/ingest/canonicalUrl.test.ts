import { describe, expect, it } from 'vitest';
import { canonicalUrl, sameArticleUrl } from '../../src/ingest/canonicalUrl.ts';

describe('canonical article addresses', () => {
  it('drops tracking parameters, the fragment and credentials, and sorts what is left', () => {
    expect(canonicalUrl('HTTPS://News.Example.com:443/World/Story?utm_source=x&UTM_Medium=y&b=2&fbclid=z&a=1&gclid=q#top')).toBe('https://news.example.com/World/Story?a=1&b=2');
    expect(canonicalUrl('http://user:pw@example.com/a?mc_cid=1&mc_eid=2')).toBe('http://example.com/a');
    expect(canonicalUrl('https://example.com/a?id=7')).toBe('https://example.com/a?id=7');
  });
  it('keeps what names the page: the path, its case and other parameters', () => {
    expect(sameArticleUrl('https://example.com/a?id=7', 'https://example.com/a?id=8')).toBe(false);
    expect(sameArticleUrl('https://example.com/A', 'https://example.com/a')).toBe(false);
    expect(sameArticleUrl('https://example.com/a?utm_campaign=1', 'https://example.com/a#x')).toBe(true);
  });
  it('is undefined for what is not an http(s) address', () => {
    expect(canonicalUrl('ftp://example.com/a')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
    expect(sameArticleUrl(undefined, 'https://example.com/')).toBe(false);
  });
});

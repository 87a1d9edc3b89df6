/**
 * Safe fetching of untrusted URLs (issue 12, "a URL is untrusted input").
 * `/sources add` and feed polling call `fetchPage`; everything else here is
 * exported for config validation (parseAllowHosts) and for tests.
 */
export { fetchPage, FETCH_DEFAULTS, type FetchPageOptions, type FetchResult, type FetchedPage, type NotModified, type Validators } from './fetchPage.ts';
export { FetchRefusal, isFetchRefusal, type RefusalCode } from './errors.ts';
export { parseAllowHosts } from './allowHosts.ts';
export { classifyAddress, isPublicAddress, type AddressRange } from './address.ts';
export { systemResolver, type Resolver, type ResolvedAddress } from './guard.ts';
export type { PageKind } from './contentType.ts';

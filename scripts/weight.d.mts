export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  jsFirst: Bytes;
  jsHydrated: Bytes;
  jsLazy: Bytes;
  islands: number;
  externalRefs: string[];
}
export function pageWeight(dist: string, base: string, pagePath: string): PageWeight;

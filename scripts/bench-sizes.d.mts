export interface Sizes { raw: number, gz: number }
export declare function sizes(content: string | Buffer): Sizes
export declare function sumSizes(list: Sizes[]): Sizes
export declare function firstLoadAssets(html: string, base?: string): { js: string[], css: string[] }
export declare function bareSlidesMd(count: number, options?: { routerMode?: string }): string
export declare function jsBytesBefore(entries: { name: string, responseEnd: number, decodedBodySize?: number }[], t: number): number

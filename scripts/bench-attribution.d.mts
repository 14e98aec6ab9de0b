import type { RawSourceMapInput } from 'source-map-js'

export declare const UNMAPPED: string
export declare const NO_MAP: string
export declare const CHART_GROUPS: string[]
export declare function bytesBySource(code: string, map: RawSourceMapInput | string): Record<string, number>
export declare function sourcePath(source: string, chunkFile: string, root: string): string
export declare function chunkSources(code: string, map: RawSourceMapInput | string, chunkFile: string, root: string): Record<string, number>
export declare function sourceGroup(path: string): string
export declare function groupSizes(chunks: { gz: number, sources?: Record<string, number> }[]): Record<string, number> | undefined
export declare function groupDeltas(ours: Record<string, number>, bare: Record<string, number>, minBytes?: number): { group: string, ours: number, bare: number, added: number }[]
export declare function chartJsAdded(ours: Record<string, number> | undefined, bare: Record<string, number> | undefined): number

export interface Word { word: string, line: number }
export interface SeedFingerprint {
  version: number
  about: string
  run: number
  hash: string
  /** A run not from the article and its hash: proves which function made the file. */
  probe: { run: string, hash: string }
  /** Words in the article. */
  words: number
  /** Hashes of every run of `run` consecutive words, sorted, without repeats. */
  runs: string[]
  /** Every number in the article, commas dropped ("2000", "5.5"), sorted. */
  numbers: string[]
}
export declare const RUN: number
export declare const PROBE_RUN: string
export declare const FINGERPRINT_VERSION: number
export declare const HASH: string
export declare const NUMBER: RegExp
export declare function wordsOf(text: string): Word[]
export declare function wordRuns(words: readonly Word[], n: number): { run: string, line: number }[]
export declare function hashRun(run: string): string
export declare function numberKey(raw: string): string
export declare function numbersIn(text: string): string[]
export declare function fingerprint(text: string): SeedFingerprint
export declare function fingerprintJson(fp: SeedFingerprint): string
export declare function runsOf(fp: unknown): Set<string>

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string
  /** The origin plus the base path: where index.html is. */
  url: string
  close: () => Promise<void>
}
export declare function precompress(dir: string): void
export declare function serveStatic(dir: string, base?: string, options?: { gzip?: boolean }): Promise<StaticServer>

export declare function findChromium(): string | undefined
export declare const NO_CHROMIUM_MESSAGE: string
export declare function chromiumOrExit(): string
export declare const CHROMIUM_ARGS: string[]
export declare const PDF_RENDER_PORT: number
export declare function acquireRenderLock(timeoutMs?: number): Promise<() => void>

export declare const PDF_RENDER_PORT: number
export declare function acquireRenderLock(timeoutMs?: number): Promise<() => void>

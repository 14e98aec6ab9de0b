export { acquireRenderLock, PDF_RENDER_PORT } from './render-lock.mjs'
export declare function findChromium(): string | undefined
export declare const NO_CHROMIUM_MESSAGE: string
export declare function chromiumOrExit(): string
export declare const CHROMIUM_ARGS: string[]

export declare function findChromium(): string | undefined
export declare const NO_CHROMIUM_MESSAGE: string
export declare const CHROMIUM_ARGS: string[]

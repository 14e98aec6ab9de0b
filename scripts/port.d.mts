export declare function portIsFree(port: number): Promise<boolean>
export declare function waitForFreePort(port: number, options?: { timeoutMs?: number, intervalMs?: number, onBusy?: () => void }): Promise<void>

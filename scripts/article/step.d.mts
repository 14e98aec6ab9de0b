export function outDirOf(args: string[]): string
export function articleStep(args: string[], root?: string): Promise<number>

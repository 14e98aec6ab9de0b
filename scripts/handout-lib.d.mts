export interface HandoutSlide { no: number, title?: string, image: string, note?: string }
export declare function escapeHtml(text: string): string
export declare function notesToHtml(note: string | undefined): string
export declare function handoutHtml(options: { title: string, lang?: string, slides: HandoutSlide[], checked?: string }): string

/**
 * The files the hosted site offers beside the slides PDF (headmatter `exportFilename`): written
 * into the build by scripts/build.mjs, linked from the nav bar (custom-nav-controls.vue).
 */
export const HANDOUT_PDF = 'deepseek-sputnik-moment-handout.pdf'

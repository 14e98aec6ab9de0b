/**
 * The what-if training-cost calculator's arithmetic, one idea per file: fields (ranges, parsing,
 * clamping, sliders), a scenario and its cost, the registry presets, and the zero-based
 * comparison bars. Pure: no Vue, no DOM.
 */
export * from './calculator/fields'
export * from './calculator/presets'
export * from './calculator/scenario'
export * from './comparison-bars'

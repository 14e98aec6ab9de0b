import { paletteCss } from '../lib/palette'

// Injected once at start-up so every view (play, presenter, print) shares the tokens.
const style = document.createElement('style')
style.dataset.palette = ''
style.textContent = paletteCss()
document.head.append(style)

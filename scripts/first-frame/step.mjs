// The first-frame step of `npm run build` (scripts/build.mjs, after Slidev's build): slide 1 as the
// built app draws it (capture.mjs), written into <out>/index.html as plain HTML (inject.mjs), so
// the cover paints before the app's JavaScript has loaded. Returns an exit status.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCover } from './capture.mjs'
import { withFirstFrame } from './inject.mjs'

export async function firstFrameStep(outDir, base, executablePath) {
  const start = performance.now()
  try {
    const cover = await captureCover(outDir, base, executablePath)
    const page = readFileSync(join(outDir, 'index.html'), 'utf8')
    const framed = withFirstFrame(page, cover)
    // Slidev's 404.html is a copy of index.html, for hosts that serve it on unknown paths: it stays one.
    const files = ['index.html', '404.html']
      .map(name => join(outDir, name))
      .filter(file => existsSync(file) && readFileSync(file, 'utf8') === page)
    for (const file of files) { // whole or not at all: the handout may be reading the site meanwhile
      writeFileSync(`${file}.part`, framed)
      renameSync(`${file}.part`, file)
    }
    console.log(`first frame: slide 1 in ${files.length} pages, ${cover.fonts.length} fonts preloaded, ${((performance.now() - start) / 1000).toFixed(1)} s`)
    return 0
  }
  catch (error) {
    console.error(`first frame failed: ${error.stack ?? error.message}`)
    return 1
  }
}

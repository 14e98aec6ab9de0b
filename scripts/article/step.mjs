// The article step of `npm run build` (one line in scripts/build.mjs, after Slidev's build):
// writes <out>/read/index.html. Returns an exit status, so a failed article fails the build.
import { resolve } from 'node:path'
import process from 'node:process'
import { buildArticle } from './build.mjs'

/** The output folder from build.mjs's own arguments (`--out x`, `--out=x`, `-o x`), or dist. */
export function outDirOf(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' || args[i] === '-o')
      return args[i + 1]
    if (args[i].startsWith('--out='))
      return args[i].slice('--out='.length)
  }
  return 'dist'
}

export async function articleStep(args, root = process.cwd()) {
  try {
    const result = await buildArticle(root, resolve(root, outDirOf(args)))
    console.log(`article: ${result.file}, ${result.sections} sections, ${(result.bytes / 1024).toFixed(0)} KB`)
    return 0
  }
  catch (error) {
    console.error(`article failed: ${error.stack ?? error.message}`)
    return 1
  }
}

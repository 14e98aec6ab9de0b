// `npm run seed:fingerprint [-- --seed <dir>] [--out <file>] [--check]`: writes
// tests/fixtures/seed-fingerprint.json from the seed article (every *.txt in the seed folder,
// by default the read-only seed folder the authors keep beside this repository). The fingerprint
// holds hashes and numbers only, so it can be committed; the tests read nothing else.
// --check compares instead of writing, and fails when the committed file is stale.
// Without the folder it says so and exits 1, leaving the committed fingerprint as it is.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { fingerprint, fingerprintJson } from './seed-fingerprint-lib.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
function option(name, fallback) {
  const i = argv.indexOf(name)
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback
}
// The authors' layout: the seed folder sits beside the clone. A fresh clone does not have it.
const seed = resolve(option('--seed', join(ROOT, '..', 'shared', 'seed')))
const out = resolve(option('--out', join(ROOT, 'tests', 'fixtures', 'seed-fingerprint.json')))

const files = existsSync(seed) ? readdirSync(seed).filter(f => f.endsWith('.txt')).sort() : []
if (files.length === 0) {
  console.error(`seed:fingerprint: no seed article here (${seed} ${existsSync(seed) ? 'has no .txt file' : 'does not exist'}).`)
  console.error(`Nothing written: ${relative(ROOT, out)} stays as committed. Pass --seed <folder with the article's .txt> to regenerate it.`)
  process.exit(1)
}

// One text, as the old check read it: the files joined by newlines, in name order.
const text = files.map(f => readFileSync(join(seed, f), 'utf8')).join('\n')
const json = fingerprintJson(fingerprint(text))
const fp = JSON.parse(json)
const summary = `${files.length} file(s), ${fp.words} words, ${fp.runs.length} hashed runs, ${fp.numbers.length} numbers`

if (argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : ''
  if (current !== json) {
    console.error(`seed:fingerprint: ${relative(ROOT, out)} is stale or missing (article: ${summary}); run \`npm run seed:fingerprint\`.`)
    process.exit(1)
  }
  console.log(`${relative(ROOT, out)} is up to date (${summary})`)
}
else {
  writeFileSync(out, json)
  console.log(`wrote ${relative(ROOT, out)}: ${summary}`)
}

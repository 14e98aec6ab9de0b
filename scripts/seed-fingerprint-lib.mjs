// The seed article's fingerprint: what the copy check needs, without the article's text.
// One module for scripts/seed-fingerprint.mjs (which writes the fingerprint) and the tests
// (which compare slides against it), so both normalise words and hash runs the same way.
// Pure: no I/O. Unit-tested in tests/unit/seed-overlap.test.ts.
import { createHash } from 'node:crypto'

/** Words in a run: ten shared words in a row count as copying. */
export const RUN = 10

/**
 * A run that is not from the article, stored with its hash in every fingerprint: a test that
 * hashes it again proves the committed file was made with the hash function it uses now.
 */
export const PROBE_RUN = 'this probe is not from the article it checks hashing'

export const FINGERPRINT_VERSION = 1

/** How a run is hashed, recorded in the fingerprint so a reader can tell which function made it. */
export const HASH = 'sha256, first 16 hex digits, of the run\'s words joined by single spaces'

/** Lower-case words, punctuation dropped ("2,000" → "2000", "don’t" → "dont"), each with its 0-based line. */
export function wordsOf(text) {
  const words = []
  text.split('\n').forEach((lineText, line) => {
    const cleaned = lineText
      .toLowerCase()
      .normalize('NFKC')
      .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
      .replace(/(?<=\d)[.,](?=\d)/g, '')
    for (const word of cleaned.split(/[^\p{L}\p{N}]+/u)) {
      if (word)
        words.push({ word, line })
    }
  })
  return words
}

/** Runs of `n` consecutive words, as space-joined keys, with the line the run starts on. */
export function wordRuns(words, n) {
  const runs = []
  for (let i = 0; i + n <= words.length; i++)
    runs.push({ run: words.slice(i, i + n).map(w => w.word).join(' '), line: words[i].line })
  return runs
}

/** A run's fingerprint: 16 hex digits (64 bits) of its SHA-256, enough to make a chance match negligible. */
export function hashRun(run) {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, 16)
}

/** Numbers as written ("2,000", "5.5", "17"), by offset. Commas are dropped when comparing. */
export const NUMBER = /\d[\d,.]*\d|\d/g

/** The comparable form of a written number: "2,000" → "2000". */
export function numberKey(raw) {
  return raw.replace(/,/g, '')
}

/** Every number in `text`, in comparable form, sorted and without repeats. */
export function numbersIn(text) {
  return [...new Set([...text.matchAll(NUMBER)].map(m => numberKey(m[0])))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
}

/** The fingerprint of an article: hashed word runs and its numbers, nothing that reads as prose. */
export function fingerprint(text) {
  const words = wordsOf(text)
  return {
    version: FINGERPRINT_VERSION,
    about: 'Fingerprint of the seed article this deck was written against. It holds no text: each run of '
      + `${RUN} consecutive words (lower-cased, punctuation dropped) is stored as a hash, so the tests can tell `
      + 'whether a slide copies the article without the article being in the repository. Regenerate it with '
      + '`npm run seed:fingerprint` when the article is at hand.',
    run: RUN,
    hash: HASH,
    probe: { run: PROBE_RUN, hash: hashRun(PROBE_RUN) },
    words: words.length,
    runs: [...new Set(wordRuns(words, RUN).map(r => hashRun(r.run)))].sort(),
    numbers: numbersIn(text),
  }
}

/** The fingerprint as committed: two-space JSON, one hash or number a line, a final newline. */
export function fingerprintJson(fp) {
  return `${JSON.stringify(fp, null, 2)}\n`
}

/**
 * Checks a parsed fingerprint file's shape and returns the hashed runs as a Set, or throws
 * naming what is wrong (a stale version, another run length or hash, a malformed entry).
 */
export function runsOf(fp) {
  const problems = []
  if (fp?.version !== FINGERPRINT_VERSION)
    problems.push(`version ${JSON.stringify(fp?.version)}, expected ${FINGERPRINT_VERSION}`)
  if (fp?.run !== RUN)
    problems.push(`run ${JSON.stringify(fp?.run)}, expected ${RUN}`)
  if (fp?.hash !== HASH)
    problems.push(`hash ${JSON.stringify(fp?.hash)}, expected ${JSON.stringify(HASH)}`)
  if (fp?.probe?.run !== PROBE_RUN || fp?.probe?.hash !== hashRun(PROBE_RUN))
    problems.push('the probe run does not hash as it did when the file was written (another hash function?)')
  if (!Array.isArray(fp?.runs) || !fp.runs.every(h => typeof h === 'string' && /^[0-9a-f]{16}$/.test(h)))
    problems.push('runs must be an array of 16-hex-digit strings')
  if (!Array.isArray(fp?.numbers) || !fp.numbers.every(n => typeof n === 'string' && /^\d+(?:\.\d+)*$/.test(n)))
    problems.push('numbers must be an array of digit strings')
  if (problems.length)
    throw new TypeError(`not a seed fingerprint: ${problems.join('; ')}`)
  return new Set(fp.runs)
}

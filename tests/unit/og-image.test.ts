/** public/og-image.png (scripts/og-image.mjs) is the size social sites expect: 1200×630 PNG. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'

it('public/og-image.png is a 1200×630 PNG', () => {
  const png = readFileSync(resolve(import.meta.dirname, '../../public/og-image.png'))
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 })
})

import { describe, expect, it } from 'vitest'
import { landingRedirect, NARROW_WIDTH, parseViewChoice, readPath, slideOfReadPath } from './view'

describe('landingRedirect', () => {
  const phone = { width: 390, choice: null, locked: false }
  it.each([
    { path: '', ctx: phone, to: '/read' },
    { path: '/', ctx: phone, to: '/read' },
    { path: '/1', ctx: phone, to: '/read' },
    { path: '/12', ctx: phone, to: '/read/12' },
    { path: '/12', ctx: { ...phone, width: NARROW_WIDTH - 1 }, to: '/read/12' },
    { path: '/12', ctx: { ...phone, width: NARROW_WIDTH }, to: null },
    { path: '/12', ctx: { ...phone, width: 1280 }, to: null },
    { path: '/12', ctx: { ...phone, choice: 'slides' as const }, to: null },
    { path: '/12', ctx: { ...phone, choice: 'read' as const }, to: '/read/12' },
    { path: '/12', ctx: { ...phone, locked: true }, to: null },
    { path: '/presenter/3', ctx: phone, to: null },
    { path: '/overview', ctx: phone, to: null },
  ])('$path at $ctx.width px, choice $ctx.choice, locked $ctx.locked → $to', ({ path, ctx, to }) => {
    expect(landingRedirect(path, ctx)).toBe(to)
  })
})

describe('paths', () => {
  it('writes and reads reading-view paths', () => {
    expect(readPath()).toBe('/read')
    expect(readPath(1)).toBe('/read')
    expect(readPath(7)).toBe('/read/7')
    expect(slideOfReadPath('/read')).toBe(1)
    expect(slideOfReadPath('/read/7')).toBe(7)
    expect(slideOfReadPath('/7')).toBeNull()
  })
  it('accepts only known choices', () => {
    expect(parseViewChoice('slides')).toBe('slides')
    expect(parseViewChoice('read')).toBe('read')
    expect(parseViewChoice('x')).toBeNull()
    expect(parseViewChoice(null)).toBeNull()
  })
})

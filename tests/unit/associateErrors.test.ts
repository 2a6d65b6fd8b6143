import {
  describeAssociateFailure,
  isAlreadyLinkedError,
  isRetryableAssociateError,
  statusOf,
} from '../../machines/associateErrors'
import { httpError } from '../support/machineHarness'

describe('associate errors (TCKT-S04)', () => {
  describe('statusOf reads an HTTP status only from an object with an integer status', () => {
    it.each([
      { name: 'undefined', error: undefined },
      { name: 'null', error: null },
      { name: 'a string', error: 'HTTP 409' },
      { name: 'a number', error: 409 },
      { name: "a status '409' (a string)", error: { status: '409' } },
      { name: 'a status 503.5', error: { status: 503.5 } },
      { name: 'a status NaN', error: { status: Number.NaN } },
      { name: 'an error without status', error: new Error('network down') },
    ])('none from $name', ({ error }) => {
      expect(statusOf(error)).toBeUndefined()
    })

    it('the status of an HTTP error', () => {
      expect(statusOf(httpError(422))).toBe(422)
    })
  })

  it('counts only a numeric 409 as already linked', () => {
    expect(isAlreadyLinkedError(httpError(409))).toBe(true)
    expect(isAlreadyLinkedError({ status: '409' })).toBe(false)
    expect(isAlreadyLinkedError(httpError(408))).toBe(false)
    expect(isAlreadyLinkedError(undefined)).toBe(false)
  })

  it.each([
    { name: 'a network error (no status)', error: new TypeError('Failed to fetch'), retry: true },
    { name: 'a rejection with undefined', error: undefined, retry: true },
    { name: 'a rejection with null', error: null, retry: true },
    { name: 'a rejection with a string', error: 'boom', retry: true },
    { name: 'a status 503.5 (not a status at all)', error: { status: 503.5 }, retry: true },
    { name: '500', error: httpError(500), retry: true },
    { name: '503', error: httpError(503), retry: true },
    { name: '429', error: httpError(429), retry: true },
    { name: '499', error: httpError(499), retry: false },
    { name: '400', error: httpError(400), retry: false },
    { name: '404', error: httpError(404), retry: false },
    { name: '428', error: httpError(428), retry: false },
    { name: '430', error: httpError(430), retry: false },
  ])('retries after $name: $retry', ({ error, retry }) => {
    expect(isRetryableAssociateError(error)).toBe(retry)
  })

  it.each([
    { name: 'an HTTP error', error: httpError(502), failure: { status: 502, message: 'HTTP 502' } },
    { name: 'an Error without status', error: new Error('offline'), failure: { message: 'offline' } },
    { name: 'a string', error: 'socket hang up', failure: { message: 'socket hang up' } },
    { name: 'undefined', error: undefined, failure: { message: 'unknown error' } },
    { name: 'null', error: null, failure: { message: 'unknown error' } },
    { name: 'a plain object with a status', error: { status: 404 }, failure: { status: 404, message: 'unknown error' } },
  ])('describes $name', ({ error, failure }) => {
    expect(describeAssociateFailure(error)).toStrictEqual(failure)
  })
})

import { readTrustedHostOrigins } from '../../demo/trustedHostOrigins'

describe('TRUSTED_HOST_ORIGINS (npm start: host origins the demo form and API trust besides its own page)', () => {
  it('reads a comma-separated list as exact origins', () => {
    expect(readTrustedHostOrigins({ TRUSTED_HOST_ORIGINS: ' http://localhost:4173/ , https://app.test/path ' })).toEqual([
      'http://localhost:4173',
      'https://app.test',
    ])
  })

  it('is empty when unset or blank', () => {
    expect(readTrustedHostOrigins({})).toEqual([])
    expect(readTrustedHostOrigins({ TRUSTED_HOST_ORIGINS: ' , ' })).toEqual([])
  })

  it('refuses what is not an http(s) origin, naming the variable', () => {
    expect(() => readTrustedHostOrigins({ TRUSTED_HOST_ORIGINS: 'ftp://files.test' })).toThrow('TRUSTED_HOST_ORIGINS: invalid allowed origin "ftp://files.test"')
    expect(() => readTrustedHostOrigins({ TRUSTED_HOST_ORIGINS: 'localhost:4173' })).toThrow('TRUSTED_HOST_ORIGINS')
  })
})

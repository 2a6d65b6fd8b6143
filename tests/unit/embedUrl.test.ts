import { embedOriginOf, explainInvalidEmbedUrl, isValidEmbedUrl } from '../../machines/embedUrl'

describe('embed URL (the customer data travels to it)', () => {
  it.each([
    'https://crm.example.com/embed/ticket/create',
    'https://crm.example.com:8443/embed',
    'http://localhost:5174/embed/ticket/create',
    'http://127.0.0.1:5174/embed/ticket/create',
    'http://[::1]:5174/embed',
  ])('allows %s', (url) => {
    expect(explainInvalidEmbedUrl(url)).toBeNull()
    expect(isValidEmbedUrl(url)).toBe(true)
  })

  it.each([
    { url: 'http://crm.example.com/embed', why: 'must use https:' },
    { url: 'http://127.0.0.2/embed', why: 'must use https:' },
    { url: 'http://localhost.evil.example/embed', why: 'must use https:' },
    { url: 'ws://localhost:5174/embed', why: 'must use https:' },
    { url: 'wss://crm.example.com/embed', why: 'must use https:' },
    { url: 'ftp://127.0.0.1/embed', why: 'must use https:' },
    { url: 'file:///etc/passwd', why: 'must use https:' },
    { url: 'javascript:alert(1)', why: 'must use https:' },
    { url: '//crm.example.com/embed', why: 'not an absolute URL' },
    { url: '   ', why: 'empty' },
    { url: '', why: 'empty' },
  ])('refuses $url: $why', ({ url, why }) => {
    expect(explainInvalidEmbedUrl(url)).toContain(why)
    expect(isValidEmbedUrl(url)).toBe(false)
    expect(embedOriginOf(url)).toBeNull()
  })

  it.each([undefined, null, 42, new URL('https://crm.example.com/embed'), ['https://crm.example.com/embed']])(
    'refuses the non-string %j as empty rather than throwing',
    (url) => {
      expect(explainInvalidEmbedUrl(url)).toBe('it is empty')
      expect(embedOriginOf(url)).toBeNull()
    },
  )

  it('names the exact origin of an allowed URL', () => {
    expect(embedOriginOf('https://crm.example.com:8443/embed/ticket/create?x=1')).toBe('https://crm.example.com:8443')
    expect(embedOriginOf('http://127.0.0.1:5174/embed')).toBe('http://127.0.0.1:5174')
  })

  it('says exactly what to fix', () => {
    expect(explainInvalidEmbedUrl('http://crm.example.com')).toBe('it must use https: (http: is allowed on localhost and 127.0.0.1 only)')
    expect(explainInvalidEmbedUrl('embed/ticket')).toBe('it is not an absolute URL')
  })
})

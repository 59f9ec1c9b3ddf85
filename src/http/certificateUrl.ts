/**
 * Amazon's rule for the URL of Alexa's signing certificate chain, applied to the URL as it will be fetched:
 * https, host `s3.amazonaws.com` (any case), port 443 if one is given, and a path that starts with `/echo.api/`
 * (case-sensitive) once dot segments are resolved. Percent-encoded dots and backslashes are decoded first and
 * resolved like their plain forms, so `/echo.api/%2e%2e/attacker-bucket/…` and `/echo.api\..\attacker-bucket\…`
 * point outside `/echo.api/` and are refused, while `/echo.api/../echo.api/…` is Amazon's own valid example.
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-a-web-service.html#cert-verify-signature-certificate-url
 */
const CERTIFICATE_HOST = 's3.amazonaws.com';
const CERTIFICATE_PATH_PREFIX = '/echo.api/';

export class CertificateUrlError extends Error {
  constructor(reason: string) {
    super(`SignatureCertChainUrl ${reason}`);
    this.name = 'CertificateUrlError';
  }
}

/** `%2e` and `%5c` (any case) read as the `.` and `\` they stand for; WHATWG's parser then resolves both. */
const decodeDotsAndBackslashes = (url: string): string => url.replace(/%2e/gi, '.').replace(/%5c/gi, '\\');

/** The URL to download the chain from, normalised; throws a CertificateUrlError when Amazon's rule refuses it. */
export const normaliseCertificateUrl = (raw: string): string => {
  let url: URL;
  try {
    url = new URL(decodeDotsAndBackslashes(raw));
  } catch {
    throw new CertificateUrlError('is not a URL');
  }
  if (url.protocol !== 'https:') throw new CertificateUrlError(`has an unsupported protocol ${url.protocol}; expecting https:`);
  if (url.hostname !== CERTIFICATE_HOST) throw new CertificateUrlError(`has an invalid host name ${url.hostname}; expecting ${CERTIFICATE_HOST}`);
  // The parser drops the scheme's default port, so any port left is not 443.
  if (url.port !== '') throw new CertificateUrlError(`has an invalid port ${url.port}; expecting 443`);
  if (url.username !== '' || url.password !== '') throw new CertificateUrlError('carries credentials');
  if (!url.pathname.startsWith(CERTIFICATE_PATH_PREFIX)) {
    throw new CertificateUrlError(`has an invalid path ${url.pathname} once normalised; expecting it to start with ${CERTIFICATE_PATH_PREFIX}`);
  }
  return url.href;
};

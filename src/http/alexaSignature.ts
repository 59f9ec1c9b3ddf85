/**
 * The check of Alexa's request signature for the HTTPS endpoint: ask-sdk-express-adapter's own verifier, which
 * does every check Amazon requires (the certificate URL's scheme, host, path and port; the chain up to a trusted
 * root; `echo-api.amazon.com` among the signing certificate's names; its validity dates; the body's SHA-256 RSA
 * signature), with two things changed around it:
 *
 * - The certificate chain is downloaded with a deadline, aborted when it passes, and at most 64 KB long. The
 *   adapter's download has neither, so a caller naming a certificate URL that never answers held the request (and
 *   a socket) for as long as the other side liked. Simultaneous requests naming one URL share one download, and a
 *   URL whose download failed is refused at once for a short while instead of being tried again per request.
 * - The adapter caches a validated chain by URL for the life of the process; here an entry is dropped once any
 *   certificate in the chain expires, so the chain is downloaded and validated again (and refused if expired).
 *
 * - The certificate URL is checked after it is normalised (`normaliseCertificateUrl`), and the normalised URL is
 *   the one downloaded and cached. The adapter checks the URL as sent, so `/echo.api/../attacker-bucket/…` (or
 *   `%2e%2e`, or backslashes) passed its path check and then fetched from outside `/echo.api/`.
 *
 * All three are installed on the adapter's verifier instead of copying its checks: the download through its one
 * download method (`_getCertChainByUrl`), the URL check around its `_validateUrlAndRetrieveCertChain` (both
 * private in its typings, checked for at construction so an adapter release that renames them fails loudly
 * instead of silently losing the deadline or the rule), the cache through its `certCache`. Everything else,
 * including the adapter's own URL check (run on the normalised URL) and the order of the checks, is the adapter's.
 */
import { X509Certificate } from 'node:crypto';
import type { Agent } from 'node:https';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { DeadlineApiClient } from '../alexa/apiClient';
import { normaliseCertificateUrl } from './certificateUrl';

/** Alexa gives the whole request 8 s; a certificate that takes longer than this is not worth waiting for. */
export const CERTIFICATE_DOWNLOAD_TIMEOUT_MS = 2000;
/** How long a certificate URL that could not be downloaded is refused without trying again. */
export const CERTIFICATE_FAILURE_MEMORY_MS = 10_000;
/** Amazon's chain is about 6 KB. */
const MAX_CERTIFICATE_BYTES = 64 * 1024;
/** Amazon signs with one certificate at a time; a few URLs cover a rotation. */
const MAX_CACHED_CHAINS = 16;
const MAX_REMEMBERED_FAILURES = 256;

export interface AlexaSignatureVerifierOptions {
  downloadTimeoutMs?: number;
  failureMemoryMs?: number;
  /** The HTTPS agent for the download (Node's global agent by default). */
  agent?: Agent;
  /** The clock of the cache and of remembered failures. */
  now?: () => number;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** When the first certificate in a PEM chain expires (ms since the epoch); 0 when none can be read. */
const chainExpiry = (pem: string): number => {
  const expiries = (pem.match(PEM_CERTIFICATE) ?? []).map((block) => {
    try {
      return Date.parse(new X509Certificate(block).validTo);
    } catch {
      return Number.NaN;
    }
  });
  if (expiries.length === 0 || expiries.some(Number.isNaN)) return 0;
  return Math.min(...expiries);
};

/** The adapter's cache of validated chains by URL, forgetting a chain once it expires. */
class ExpiringChainCache extends Map<string, string> {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number) {
    super();
  }

  override has(url: string): boolean {
    if (!super.has(url)) return false;
    if ((this.expiries.get(url) ?? 0) > this.now()) return true;
    this.delete(url);
    return false;
  }

  override get(url: string): string | undefined {
    return this.has(url) ? super.get(url) : undefined;
  }

  override set(url: string, pem: string): this {
    super.set(url, pem);
    this.expiries.set(url, chainExpiry(pem));
    for (const oldest of this.keys()) {
      if (this.size <= MAX_CACHED_CHAINS) break;
      this.delete(oldest);
    }
    return this;
  }

  override delete(url: string): boolean {
    this.expiries.delete(url);
    return super.delete(url);
  }
}

export class CertificateDownloadError extends Error {
  constructor(
    url: string,
    readonly reason: string,
  ) {
    super(`Unable to load the certificate chain from ${url}: ${reason}`);
    this.name = 'CertificateDownloadError';
  }
}

interface AdapterHooks {
  _getCertChainByUrl?: (url: string) => Promise<string>;
  _validateUrlAndRetrieveCertChain?: (url: string) => Promise<string>;
  _validateCertificateUrl?: (url: string) => void;
  _loadCertChain?: (url: string) => Promise<string>;
}

const requireHook = <K extends keyof AdapterHooks>(hooks: AdapterHooks, name: K, what: string): NonNullable<AdapterHooks[K]> => {
  const hook = hooks[name];
  if (typeof hook !== 'function') throw new Error(`ask-sdk-express-adapter no longer has ${name}: ${what} cannot be installed`);
  return hook.bind(hooks) as NonNullable<AdapterHooks[K]>;
};

export class AlexaSignatureVerifier extends SkillRequestSignatureVerifier {
  private readonly client: DeadlineApiClient;
  private readonly now: () => number;
  private readonly failureMemoryMs: number;
  private readonly downloads = new Map<string, Promise<string>>();
  private readonly failures = new Map<string, { until: number; reason: string }>();

  constructor(options: AlexaSignatureVerifierOptions = {}) {
    super();
    this.now = options.now ?? (() => Date.now());
    this.failureMemoryMs = options.failureMemoryMs ?? CERTIFICATE_FAILURE_MEMORY_MS;
    this.client = new DeadlineApiClient({
      timeoutMs: options.downloadTimeoutMs ?? CERTIFICATE_DOWNLOAD_TIMEOUT_MS,
      maxResponseBytes: MAX_CERTIFICATE_BYTES,
      agent: options.agent,
    });
    this.certCache = new ExpiringChainCache(this.now);
    const hooks = this as unknown as AdapterHooks;
    requireHook(hooks, '_getCertChainByUrl', 'the download deadline');
    requireHook(hooks, '_validateUrlAndRetrieveCertChain', 'the check of the normalised certificate URL');
    const adapterUrlCheck = requireHook(hooks, '_validateCertificateUrl', 'the check of the normalised certificate URL');
    const loadChain = requireHook(hooks, '_loadCertChain', 'the check of the normalised certificate URL');
    hooks._getCertChainByUrl = (url) => this.download(url);
    hooks._validateUrlAndRetrieveCertChain = async (url) => {
      const normalised = normaliseCertificateUrl(url);
      adapterUrlCheck(normalised);
      return loadChain(normalised);
    };
  }

  private download(url: string): Promise<string> {
    const failed = this.failures.get(url);
    if (failed && failed.until > this.now()) return Promise.reject(new CertificateDownloadError(url, failed.reason));
    const running = this.downloads.get(url);
    if (running) return running;
    const download = this.fetchChain(url).finally(() => this.downloads.delete(url));
    download.catch((error: unknown) => {
      this.rememberFailure(url, error instanceof CertificateDownloadError ? error.reason : error instanceof Error ? error.message : String(error));
    });
    this.downloads.set(url, download);
    return download;
  }

  private async fetchChain(url: string): Promise<string> {
    const response = await this.client.invoke({ url, method: 'GET', headers: [] });
    if (response.statusCode !== 200 || !response.body) throw new CertificateDownloadError(url, `status ${response.statusCode}`);
    return response.body;
  }

  private rememberFailure(url: string, reason: string): void {
    const now = this.now();
    for (const [known, { until }] of this.failures) {
      if (until <= now || this.failures.size >= MAX_REMEMBERED_FAILURES) this.failures.delete(known);
    }
    this.failures.set(url, { until: now + this.failureMemoryMs, reason });
  }
}

/**
 * Alexa's request signing, played on loopback: a test root CA and signing certificates made with the openssl
 * command, a server that serves their chains at `https://s3.amazonaws.com/echo.api/…` paths, and an HTTPS agent
 * that takes every connection to that server instead (so the verifier's own URL rules, download and checks all
 * run unchanged). A test that lets the adapter trust the test root replaces `tls.rootCertificates` for itself.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CERT_URL_BASE = 'https://s3.amazonaws.com/echo.api/';

export interface SigningCertificate {
  /** The chain as served: the signing certificate, then the test root. */
  chainPem: string;
  key: KeyObject;
}

export interface TestPki {
  rootPem: string;
  /** Signed by the root, valid for a day, with `echo-api.amazon.com` among its names. */
  alexa: SigningCertificate;
  /** Signed by the root, but for another name. */
  otherName: SigningCertificate;
  /** Self-signed with `echo-api.amazon.com`: no chain to the root. */
  selfSigned: SigningCertificate;
}

const openssl = (dir: string, ...args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
};

const leaf = (dir: string, name: string, san: string, root: { cert: string; key: string } | null): SigningCertificate => {
  fs.writeFileSync(path.join(dir, `${name}.ext`), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n`);
  if (root) {
    openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', root.cert, '-CAkey', root.key, '-set_serial', String(Date.now()), '-days', '1', '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  } else {
    openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-subj', `/CN=${name}`, '-days', '1', '-addext', `subjectAltName=${san}`);
  }
  const rootPem = root ? fs.readFileSync(path.join(dir, root.cert), 'utf8') : '';
  return {
    chainPem: fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8') + rootPem,
    key: createPrivateKey(fs.readFileSync(path.join(dir, `${name}.key`))),
  };
};

export const makeTestPki = (): TestPki => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-pki-'));
  try {
    openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-days', '2', '-sha256',
      '-subj', '/CN=Back Coach Test Root', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    const root = { cert: 'root.pem', key: 'root.key' };
    return {
      rootPem: fs.readFileSync(path.join(dir, 'root.pem'), 'utf8'),
      alexa: leaf(dir, 'echo-api', 'DNS:echo-api.amazon.com', root),
      otherName: leaf(dir, 'other-name', 'DNS:echo-api.example.com', root),
      selfSigned: leaf(dir, 'self-signed', 'DNS:echo-api.amazon.com', null),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** The headers Alexa sends with a body signed by `certificate`, whose chain is at `certUrl`. */
export const signedHeaders = (body: string, certificate: SigningCertificate, certUrl: string): Record<string, string> => ({
  SignatureCertChainUrl: certUrl,
  'Signature-256': sign('sha256', Buffer.from(body, 'utf8'), certificate.key).toString('base64'),
});

export interface CertificateServer {
  port: number;
  /** Downloads of each path so far. */
  downloads(pathname: string): number;
  close(): Promise<void>;
}

/**
 * Serves `chains` (path under /echo.api/, or a whole path when it starts with `/` → PEM) over plain HTTP on
 * loopback, counting downloads.
 */
export const startCertificateServer = async (chains: Record<string, string>): Promise<CertificateServer> => {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const name = pathname.replace(/^\/echo\.api\//, '');
    const pem = Object.hasOwn(chains, name) ? chains[name] : Object.hasOwn(chains, pathname) ? chains[pathname] : undefined;
    if (pem === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(pem);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    downloads: (pathname) => counts.get(pathname) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/**
 * An HTTPS agent whose every connection goes to 127.0.0.1:`port`, in plain TCP: the request for
 * https://s3.amazonaws.com/… is made exactly as the verifier makes it, and lands on the test server.
 */
export class LoopbackAgent extends https.Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: false });
  }

  override createConnection(): net.Socket {
    return net.connect(this.port, '127.0.0.1');
  }
}

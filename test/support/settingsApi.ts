/**
 * A loopback stand-in for the Alexa Settings API, so the skill's real time-zone lookup is exercised:
 * GET /v2/devices/{deviceId}/settings/System.timeZone answers the zone the test sets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SettingsApi {
  url: string;
  timeZone: string | null;
  requests: number;
  close(): Promise<void>;
}

export const startSettingsApi = async (timeZone: string | null): Promise<SettingsApi> => {
  const api: Partial<SettingsApi> = { timeZone, requests: 0 };
  const server = http.createServer((req, res) => {
    api.requests = (api.requests ?? 0) + 1;
    if (!/^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(req.url ?? '') || !api.timeZone) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(api.timeZone));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return api as SettingsApi;
};

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { dialogflowRequest, workoutScript } from './workoutScript';
const AUTH = `Basic ${Buffer.from('bench:bench-webhook-password').toString('base64')}`;
async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prof-'));
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/perfwt/sprof', '--import', 'tsx', 'src/server.ts'], { env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', BACKCOACH_DATA_DIR: dir, DIALOGFLOW_WEBHOOK_USER: 'bench', DIALOGFLOW_WEBHOOK_PASSWORD: 'bench-webhook-password', LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((res) => { let out = ''; child.stdout.on('data', (c) => { out += c; const m = /listening on (\S+)/.exec(out); if (m) res(m[1]!); }); });
  await new Promise((r) => setTimeout(r, 8000));
  const script = workoutScript();
  const ready: { id: number; turn: number }[] = []; let next = 0;
  for (let i = 0; i < 500; i++) ready.push({ id: next++, turn: 0 });
  const r = await autocannon({ url: `${url}/dialogflow`, connections: 50, duration: 10, requests: [{ method: 'POST', path: '/dialogflow', headers: { 'content-type': 'application/json', authorization: AUTH },
    setupRequest: (req: any, ctx: any) => { const u = ready.shift() ?? { id: next++, turn: 0 }; ctx.user = u; return { ...req, body: dialogflowRequest(`u${u.id}`, `s${u.id}`, script[u.turn]!, `u${u.id}-${u.turn}`) }; },
    onResponse: (_s: number, _b: string, ctx: any) => { const u = ctx.user; u.turn++; ready.push(u.turn < script.length ? u : { id: next++, turn: 0 }); } }] } as any);
  console.log(r.requests.average, r.non2xx);
  child.kill('SIGTERM'); await new Promise((r) => child.on('exit', r));
}
void main();

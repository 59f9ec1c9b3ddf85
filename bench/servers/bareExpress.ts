/**
 * The floor for the webhook benchmark: an Express app that parses the JSON body and answers fixed JSON, on a free
 * port on loopback. Prints "listening on <url>" once it listens.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';

const ANSWER = { fulfillmentText: 'Okay. Are you ready for your first set?' };

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.post('/dialogflow', (_req, res) => {
  res.json(ANSWER);
});

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));

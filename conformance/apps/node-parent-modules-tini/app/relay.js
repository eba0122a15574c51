// Modules live in /node_modules (installed above WORKDIR so a bind mount of /app in development keeps them).
const express = require('express');
const pino = require('pino');

const log = pino();
const app = express();
let relayed = 0;

app.get('/ping', (req, res) => res.json({ pong: true, relayed, modules: require.resolve('express') }));
app.post('/hooks/:source', express.raw({ type: '*/*' }), (req, res) => {
  relayed += 1;
  log.info({ source: req.params.source, bytes: req.body.length }, 'relayed');
  res.status(202).end();
});

const server = app.listen(8081, () => log.info('relay on 8081'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

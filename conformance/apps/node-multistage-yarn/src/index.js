const http = require('http');
const ms = require('ms');

const windowMs = ms(process.env.WINDOW || '1m');
const hits = new Map();
http.createServer((req, res) => {
  if (req.url === '/livez') { res.writeHead(200); return res.end('ok'); }
  const key = req.headers['x-client'] || 'anon';
  const now = Date.now();
  const recent = (hits.get(key) || []).filter((t) => now - t < windowMs);
  recent.push(now);
  hits.set(key, recent);
  res.writeHead(recent.length > 10 ? 429 : 200).end();
}).listen(8088);

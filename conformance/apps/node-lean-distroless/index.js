const http = require('http');
const ms = require('ms');

const started = Date.now();
http.createServer((req, res) => {
  if (req.url !== '/time') { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ now: new Date().toISOString(), up: ms(Date.now() - started) }));
}).listen(8080);

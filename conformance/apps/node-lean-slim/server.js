const http = require('http');
const ms = require('ms');
const started = Date.now();
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ path: req.url, uptime: ms(Date.now() - started) }));
}).listen(3000);

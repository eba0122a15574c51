// Writes its journal to a root-owned directory the Dockerfile creates, as old services do: it runs as root only,
// so every non-root rewrite exits at start and the proof must write nothing.
const fs = require('fs');
const http = require('http');
fs.mkdirSync('/var/lib/ledger', {recursive: true});
fs.writeFileSync('/var/lib/ledger/journal', 'started\n');
http.createServer((req, res) => {
  res.writeHead(req.url === '/health' ? 200 : 404, {'Content-Type': 'text/plain'});
  res.end(req.url === '/health' ? 'ok\n' : 'not found\n');
}).listen(3000, () => console.log('listening on 3000'));

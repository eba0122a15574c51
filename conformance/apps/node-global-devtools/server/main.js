const http = require('http');
const { v4: uuid } = require('uuid');

const sessions = new Map();
const server = http.createServer((req, res) => {
  if (req.url === '/status') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ ok: true, sessions: sessions.size }));
  }
  if (req.method === 'POST' && req.url === '/sessions') {
    const id = uuid();
    sessions.set(id, Date.now());
    res.writeHead(201, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ id }));
  }
  res.writeHead(404).end();
});
server.listen(process.env.PORT || 5050);

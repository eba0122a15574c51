const http = require('http');
const { fnv1a } = require('../build/Release/fnv.node');

http.createServer((req, res) => {
  if (req.url === '/health') {
    const sample = fnv1a(Buffer.from('hello'));
    res.writeHead(sample === 1335831723 ? 200 : 500, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ fnv1a_hello: sample }));
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c)).on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ hash: fnv1a(Buffer.concat(chunks)) }));
  });
}).listen(6060);

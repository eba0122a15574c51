// The smallest web service: answers /health so the proof's HTTP probe has something to ask.
const http = require('http');
http.createServer((req, res) => {
  res.writeHead(req.url === '/health' ? 200 : 404, {'Content-Type': 'text/plain'});
  res.end(req.url === '/health' ? 'ok\n' : 'not found\n');
}).listen(3000, () => console.log('listening on 3000'));

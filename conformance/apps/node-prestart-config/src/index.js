const fs = require('fs');
const http = require('http');

const flags = JSON.parse(fs.readFileSync(process.env.FLAGS_FILE, 'utf8'));
http.createServer((req, res) => {
  res.writeHead(req.url === '/flags' ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(req.url === '/flags' ? flags : {}));
}).listen(process.env.PORT || 3300);
